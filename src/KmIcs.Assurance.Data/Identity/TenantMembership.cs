namespace KmIcs.Assurance.Data.Identity;

/// <summary>
/// A user's place in one tenant: their roles there and, for lead partners, the organisations they speak for.
/// Not behind the tenant query filter: it is read before a tenant is resolved (that is how the tenant is resolved),
/// so every query names the tenant or the user explicitly.
/// </summary>
public class TenantMembership
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public ApplicationUser? User { get; set; }

    /// <summary>A deactivated membership gives no access to the tenant from the next request on.</summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>
    /// When the person accepted (or an operator added them): until then the membership gives no access and the
    /// tenant sees nothing of the account beyond the address it invited.
    /// </summary>
    public DateTime? JoinedAtUtc { get; set; }

    public bool HasJoined => JoinedAtUtc is not null;

    /// <summary>
    /// How the tenant shows a member: until they join, by the address it invited, not by their account's name (which
    /// they chose elsewhere).
    /// </summary>
    public static string ShownName(bool joined, string displayName, string? email) => joined ? displayName : email ?? "";

    /// <summary>
    /// Optimistic concurrency token: every change of roles, organisations or activation checks and increments it, so an
    /// admin working from an older copy of the member is told instead of silently undoing a colleague's change.
    /// </summary>
    public int Version { get; set; }

    public List<TenantMembershipRole> Roles { get; set; } = [];

    public List<TenantMembershipOrganisation> Organisations { get; set; } = [];

    public bool HasRole(TenantRole role) => Roles.Any(r => r.Role == role);
}

/// <summary>One role of a membership.</summary>
public class TenantMembershipRole
{
    public Guid MembershipId { get; set; }

    public TenantRole Role { get; set; }
}

/// <summary>An organisation a (lead partner) member acts for.</summary>
public class TenantMembershipOrganisation
{
    public Guid MembershipId { get; set; }

    public Guid OrganisationId { get; set; }
}
