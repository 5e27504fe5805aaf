using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Web.Authorization;

/// <summary>
/// The user may update this commitment: they are a lead partner in the current tenant and one of their membership's
/// organisations is among the commitment's lead bodies. Check it on the server for every GET and POST of an update
/// form: <c>await authorization.AuthorizeAsync(User, null, new CanUpdateCommitment(id))</c>.
/// </summary>
public sealed record CanUpdateCommitment(Guid CommitmentId) : IAuthorizationRequirement;

public sealed class CanUpdateCommitmentHandler(CurrentMembership membership, AssuranceDbContext db) : AuthorizationHandler<CanUpdateCommitment>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CanUpdateCommitment requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (membership.Value is not { } current || !current.HasRole(TenantRole.LeadPartner) || current.OrganisationIds.Count == 0)
        {
            return;
        }

        var organisations = current.OrganisationIds.ToList();
        // The tenant query filter keeps this to the current tenant: another tenant's commitment id finds no lead body.
        var leads = await db.Set<CommitmentLeadBody>()
            .AnyAsync(lead => lead.CommitmentId == requirement.CommitmentId && organisations.Contains(lead.OrganisationId));
        if (leads)
        {
            context.Succeed(requirement);
        }
    }
}
