using KmIcs.Assurance.Data.Identity;

namespace KmIcs.Assurance.Web.Tenancy;

/// <summary>The signed-in user's membership of the route's tenant, as read from the database for this request.</summary>
public sealed record MembershipSnapshot(
    Guid MembershipId,
    Guid TenantId,
    string TenantSlug,
    string TenantName,
    Guid UserId,
    IReadOnlySet<TenantRole> Roles,
    IReadOnlySet<Guid> OrganisationIds)
{
    public bool HasRole(TenantRole role) => Roles.Contains(role);
}

/// <summary>
/// Scoped: set by <see cref="TenantRouteMiddleware"/> for requests to <c>/{tenant}/...</c> once the membership check has
/// passed; null everywhere else. Authorization handlers, the menu and pages read it; nothing binds it from a request.
/// </summary>
public sealed class CurrentMembership
{
    public MembershipSnapshot? Value { get; private set; }

    public MembershipSnapshot Required => Value ?? throw new InvalidOperationException("This page needs a tenant route; no membership was resolved.");

    public void Set(MembershipSnapshot membership)
    {
        if (Value is not null)
        {
            throw new InvalidOperationException("The membership is already set for this request.");
        }

        Value = membership;
    }
}
