namespace KmIcs.Assurance.Data.Identity.Configurations;

/// <summary>
/// Names and sizes of the account, audit and key tables, shared by the entity configurations, validation and the
/// hand-written migration (20261122000002_Accounts), so they cannot drift apart.
/// </summary>
public static class AccountsSchema
{
    public const string Memberships = "TenantMemberships";
    public const string MembershipRoles = "TenantMembershipRoles";
    public const string MembershipOrganisations = "TenantMembershipOrganisations";
    public const string Invitations = "Invitations";
    public const string TenantAccountSettings = "TenantAccountSettings";
    public const string AuditEntries = "AuditEntries";
    public const string DataProtectionKeys = "DataProtectionKeys";

    public const string MembershipTenantUserIndex = "IX_TenantMemberships_TenantId_UserId";
    public const string MembershipUserIndex = "IX_TenantMemberships_UserId";
    public const string MembershipOrganisationIndex = "IX_TenantMembershipOrganisations_OrganisationId";
    public const string InvitationTokenIndex = "IX_Invitations_TokenHash";
    public const string InvitationTenantIndex = "IX_Invitations_TenantId";
    public const string InvitationUserIndex = "IX_Invitations_UserId";
    public const string AuditTenantTimeIndex = "IX_AuditEntries_TenantId_OccurredAtUtc";
    public const string AuditUserIndex = "IX_AuditEntries_UserId";

    public const string MembershipTenantForeignKey = "FK_TenantMemberships_Tenants_TenantId";
    public const string MembershipUserForeignKey = "FK_TenantMemberships_AspNetUsers_UserId";
    public const string MembershipRoleMembershipForeignKey = "FK_TenantMembershipRoles_TenantMemberships_MembershipId";
    public const string MembershipOrganisationMembershipForeignKey = "FK_TenantMembershipOrganisations_TenantMemberships_MembershipId";
    public const string MembershipOrganisationOrganisationForeignKey = "FK_TenantMembershipOrganisations_Organisations_OrganisationId";
    public const string InvitationTenantForeignKey = "FK_Invitations_Tenants_TenantId";
    public const string InvitationUserForeignKey = "FK_Invitations_AspNetUsers_UserId";
    public const string TenantAccountSettingsTenantForeignKey = "FK_TenantAccountSettings_Tenants_TenantId";

    public const int DisplayNameMaxLength = 200;
    public const int EmailMaxLength = 256;
    public const int RoleMaxLength = 32;
    public const int TokenHashLength = 64;
    public const int AuditActionMaxLength = 64;
    public const int AuditEntityTypeMaxLength = 128;
    public const int AuditEntityIdMaxLength = 256;
    public const int AuditUserNameMaxLength = 256;
    public const int AuditSummaryMaxLength = 1000;
    public const int FriendlyNameMaxLength = 256;
}
