namespace KmIcs.Assurance.Data.Identity;

/// <summary>Bound from the <c>Accounts</c> configuration section (<c>Accounts__RequireTwoFactor=false</c> and so on).</summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>
    /// Every account needs TOTP two-factor authentication (OWASP ASVS 6.3.3). Only the local demo switches it off, in
    /// appsettings.Development.json; a tenant admin may relax it for members with the viewer role only.
    /// </summary>
    public bool RequireTwoFactor { get; set; } = true;

    /// <summary>How long an invitation link works.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Failed sign-ins in a row before the account is locked.</summary>
    public int LockoutAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in, two-factor and password-reset form posts allowed per client address per minute.</summary>
    public int SignInPostsPerMinute { get; set; } = 10;

    public int MinimumPasswordLength { get; set; } = 12;
}
