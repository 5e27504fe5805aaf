using System.Text.RegularExpressions;

namespace KmIcs.Assurance.Data.Identity;

/// <summary>
/// Whether text can be someone's email address, checked before an account is created for it. Deliberately simple (a
/// mailbox, one @, a domain with a dot, nothing that cannot be typed on one line) with the lengths RFC 5321 allows:
/// 64 characters before the @ and 254 in all, the most a mail server accepts in a path.
/// </summary>
public static partial class EmailAddresses
{
    public const int MaxLength = 254;

    public const int MaxLocalPartLength = 64;

    public const string FormatMessage = "Enter an email address in the correct format, like name@example.com";

    /// <summary>The problem with <paramref name="email"/> (already trimmed) as a field error for <paramref name="field"/>, or null when it will do.</summary>
    public static FieldError? Problem(string? email, string field)
    {
        if (string.IsNullOrEmpty(email))
        {
            return new FieldError(field, "Enter their email address");
        }

        if (email.Length > MaxLength)
        {
            return new FieldError(field, $"Email address must be {MaxLength} characters or fewer");
        }

        return Shape().IsMatch(email) && email.IndexOf('@', StringComparison.Ordinal) <= MaxLocalPartLength && !email.Any(char.IsControl)
            ? null
            : new FieldError(field, FormatMessage);
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
