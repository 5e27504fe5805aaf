using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace KmIcs.Assurance.Web.Authorization;

/// <summary>The user's membership of the route's tenant holds at least one of <see cref="AnyOf"/>.</summary>
public sealed class TenantRoleRequirement(IReadOnlySet<TenantRole> anyOf) : IAuthorizationRequirement
{
    public IReadOnlySet<TenantRole> AnyOf { get; } = anyOf;
}

/// <summary>Checks roles on the membership <see cref="TenantRouteMiddleware"/> read from the database for this request.</summary>
public sealed class TenantRoleHandler(CurrentMembership membership) : AuthorizationHandler<TenantRoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TenantRoleRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (membership.Value is { } current && current.Roles.Overlaps(requirement.AnyOf))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
