using System.Security.Claims;
using KmIcs.Assurance.Data.Tenancy;

namespace KmIcs.Assurance.Web.Tenancy;

/// <summary>
/// What <see cref="TenantRouteMiddleware"/> does for a request, for work an interactive component does later over its
/// circuit, where no request runs the middleware: a fresh service scope acting for the signed-in user's active
/// membership of the tenant, checked again each time (a member removed or deactivated meanwhile gets nothing).
/// A new scope per piece of work also keeps a long-lived circuit from holding one DbContext for hours.
/// </summary>
public static class CircuitTenantScope
{
    /// <summary>The scope, or null when the user is not (or no longer) an active member of the tenant.</summary>
    public static async Task<AsyncServiceScope?> EnterAsync(IServiceScopeFactory scopes, ClaimsPrincipal user, string tenantSlug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return null;
        }

        var scope = scopes.CreateAsyncScope();
        var membership = await scope.ServiceProvider.GetRequiredService<TenantAccess>().FindAsync(userId, tenantSlug.ToLowerInvariant(), cancellationToken);
        if (membership is null)
        {
            await scope.DisposeAsync();
            return null;
        }

        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(membership.TenantId, membership.TenantSlug);
        scope.ServiceProvider.GetRequiredService<CurrentMembership>().Set(membership);
        return scope;
    }
}
