using KmIcs.Assurance.Data.Identity;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>
/// Who may do what, checked again in the services although the web pages check the same policies: a lead partner
/// writes only for the organisations their membership names, and only clerks and tenant admins open rounds, review
/// and decide. A request that slipped past a page (or a future caller that forgot) is refused here.
/// </summary>
internal static class ProgressReportingAccess
{
    public const string NotYourOrganisation = "You can only write updates for the organisations you act for";
    public const string NotAReviewer = "Only committee clerks and tenant admins can do this";

    /// <summary>The actor's active, accepted membership of the current tenant with its roles and organisations, or null.</summary>
    public static async Task<TenantMembership?> MembershipAsync(AssuranceDbContext db, ActingUser actor, CancellationToken cancellationToken)
    {
        var tenantId = RequireTenant(db);
        return await db.TenantMemberships.AsNoTracking()
            .Include(m => m.Roles)
            .Include(m => m.Organisations)
            .SingleOrDefaultAsync(m => m.TenantId == tenantId && m.UserId == actor.UserId && m.IsActive && m.JoinedAtUtc != null, cancellationToken);
    }

    public static bool SpeaksFor(TenantMembership? membership, Guid organisationId) =>
        membership is not null
        && membership.HasRole(TenantRole.LeadPartner)
        && membership.Organisations.Exists(o => o.OrganisationId == organisationId);

    public static bool CanReview(TenantMembership? membership) =>
        membership is not null && (membership.HasRole(TenantRole.Clerk) || membership.HasRole(TenantRole.TenantAdmin));

    /// <summary>The organisations a lead partner writes for; empty for anyone else.</summary>
    public static IReadOnlyList<Guid> LeadPartnerOrganisations(TenantMembership? membership) =>
        membership is not null && membership.HasRole(TenantRole.LeadPartner)
            ? membership.Organisations.Select(o => o.OrganisationId).Distinct().ToList()
            : [];

    public static Guid RequireTenant(AssuranceDbContext db) =>
        db.CurrentTenant.TenantId ?? throw new InvalidOperationException("Progress reporting works within the current tenant; set CurrentTenant first.");
}
