namespace KmIcs.Assurance.Data.Auditing;

/// <summary>The values of <see cref="AuditEntry.Action"/>; the audit page filters on them.</summary>
public static class AuditActions
{
    public const string Created = "created";
    public const string Updated = "updated";
    public const string Deleted = "deleted";
    public const string SignedIn = "signed-in";
    public const string SignInFailed = "sign-in-failed";
    public const string LockedOut = "locked-out";
    public const string SignedOut = "signed-out";
    public const string TwoFactorEnabled = "two-factor-enabled";
    public const string TwoFactorFailed = "two-factor-failed";
    public const string RecoveryCodeUsed = "recovery-code-used";
    public const string PasswordReset = "password-reset";
    public const string Invited = "invited";
    public const string InvitationAccepted = "invitation-accepted";
    public const string WorkAccountLinked = "work-account-linked";
    public const string RolesChanged = "roles-changed";
    public const string MembershipDeactivated = "membership-deactivated";
    public const string MembershipReactivated = "membership-reactivated";
    public const string TwoFactorPolicyChanged = "two-factor-policy-changed";
    public const string ValuesImported = "values-imported";

    public static IReadOnlyList<string> All { get; } =
    [
        Created, Updated, Deleted, SignedIn, SignInFailed, LockedOut, SignedOut, TwoFactorEnabled, TwoFactorFailed,
        RecoveryCodeUsed, PasswordReset, Invited, InvitationAccepted, WorkAccountLinked, RolesChanged, MembershipDeactivated,
        MembershipReactivated, TwoFactorPolicyChanged, ValuesImported,
    ];
}
