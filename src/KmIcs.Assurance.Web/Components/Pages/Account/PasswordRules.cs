namespace KmIcs.Assurance.Web.Components.Pages.Account;

/// <summary>
/// The first, friendly check of a new password (length and confirmation) before Identity's own validators run. We
/// follow NCSC and OWASP advice: long passwords, no composition rules.
/// </summary>
public static class PasswordRules
{
    public const int MinimumLength = 12;

    public const string Hint = "Use at least 12 characters. A few unrelated words make a strong password that is easy to remember.";

    public static bool Check(string? password, string? confirm, FormErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(password))
        {
            errors.Add("password", "Enter a password");
        }
        else if (password.Length < MinimumLength)
        {
            errors.Add("password", $"Password must be {MinimumLength} characters or more");
        }

        if (!string.IsNullOrEmpty(password) && password != confirm)
        {
            errors.Add("confirm", "Passwords must match");
        }

        return !errors.Any;
    }
}
