using System.Security.Claims;
using KmIcs.Assurance.Data.Tenancy;

namespace KmIcs.Assurance.Web.Tenancy;

/// <summary>
/// For a request to <c>/{tenant}/...</c> by a signed-in user: resolves the slug to the user's active membership and
/// sets <see cref="CurrentTenant"/> (so the query filter and the save interceptor act for that tenant) and
/// <see cref="CurrentMembership"/> (so policies can check roles). No membership, unknown tenant, inactive user: 404,
/// the same answer in every case, so nobody learns whether another partnership or its objects exist. Anonymous
/// requests to a partnership's pages pass through to authorization, which asks them to sign in; an anonymous request
/// for a slug no partnership uses (a mistyped address) is a plain 404.
/// </summary>
public static class TenantRouteMiddleware
{
    public static IApplicationBuilder UseTenantRoutes(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!TenantRoute.IsTenantRoute(context.GetEndpoint()))
            {
                await next(context);
                return;
            }

            var slug = (context.GetRouteValue(TenantRoute.Parameter) as string)?.ToLowerInvariant();
            var access = context.RequestServices.GetRequiredService<TenantAccess>();
            if (context.User.Identity?.IsAuthenticated != true)
            {
                if (string.IsNullOrEmpty(slug) || !await access.ExistsAsync(slug, context.RequestAborted))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                await next(context);
                return;
            }

            var membership = Guid.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) && !string.IsNullOrEmpty(slug)
                ? await access.FindAsync(userId, slug, context.RequestAborted)
                : null;
            if (membership is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.RequestServices.GetRequiredService<CurrentTenant>().Set(membership.TenantId, membership.TenantSlug);
            context.RequestServices.GetRequiredService<CurrentMembership>().Set(membership);
            await next(context);
        });
}
