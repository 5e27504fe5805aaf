using Microsoft.AspNetCore.Identity;

namespace KmIcs.Assurance.Data.Identity;

/// <summary>Checking a password outside sign-in (re-authentication, accepting an invitation) as strictly as sign-in does.</summary>
public static class PasswordChecks
{
    /// <summary>
    /// True when the account is not locked and the password is right. A wrong password counts towards the account's
    /// lockout like a failed sign-in, so these forms cannot be used to guess it; a right one resets the count.
    /// </summary>
    public static async Task<bool> CheckCountingFailuresAsync(this UserManager<ApplicationUser> users, ApplicationUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(user);
        if (!await users.IsLockedOutAsync(user) && !string.IsNullOrEmpty(password) && await users.CheckPasswordAsync(user, password))
        {
            await users.ResetAccessFailedCountAsync(user);
            return true;
        }

        await users.AccessFailedAsync(user);
        return false;
    }
}
