using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Web.Components;
using Microsoft.AspNetCore.Identity;

namespace KmIcs.Assurance.Web.Identity;

/// <summary>
/// Asks for the password again before a security change (a new authenticator app, new recovery codes): a session
/// cookie alone, taken from an unattended browser, must not be enough to take over the account. Wrong passwords count
/// towards the account's lockout, like failed sign-ins.
/// </summary>
public sealed class Reauthentication(UserManager<ApplicationUser> users, AuditLog audit, AccountOptions options)
{
    public async Task<bool> ConfirmAsync(ApplicationUser user, string? password, string fieldId, FormErrors errors)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(password))
        {
            errors.Add(fieldId, "Enter your password");
            return false;
        }

        if (await users.CheckCountingFailuresAsync(user, password))
        {
            return true;
        }

        await audit.RecordAsync(AuditActions.SignInFailed, nameof(ApplicationUser), user.Id.ToString(), "Password check before a security change failed",
            userId: user.Id, userName: user.Email);
        errors.Add(fieldId, await users.IsLockedOutAsync(user)
            ? $"Too many wrong passwords. Wait {(int)options.LockoutDuration.TotalMinutes} minutes, then try again"
            : "The password is not correct");
        return false;
    }
}
