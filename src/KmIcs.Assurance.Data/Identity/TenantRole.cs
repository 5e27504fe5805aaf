namespace KmIcs.Assurance.Data.Identity;

/// <summary>What a member may do in one tenant. Stored by name; shown and typed as <see cref="TenantRoles"/> names.</summary>
public enum TenantRole
{
    /// <summary>ICP member: reads dashboards, drill-downs and packs.</summary>
    Member,

    /// <summary>Updates the commitments their organisations lead, and only those.</summary>
    LeadPartner,

    /// <summary>Enters and imports indicator values, maintains indicator metadata.</summary>
    Analyst,

    /// <summary>Committee clerk: reporting rounds, meetings, packs.</summary>
    Clerk,

    /// <summary>Manages the tenant's members, organisations and strategy.</summary>
    TenantAdmin,
}
