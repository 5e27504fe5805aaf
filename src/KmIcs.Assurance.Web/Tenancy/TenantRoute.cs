using Microsoft.AspNetCore.Routing.Patterns;

namespace KmIcs.Assurance.Web.Tenancy;

/// <summary>Every tenant page's route starts with <c>/{tenant}</c>, the tenant's slug.</summary>
public static class TenantRoute
{
    public const string Parameter = "tenant";

    public static bool IsTenantRoute(Endpoint? endpoint) =>
        endpoint is RouteEndpoint route && IsTenantRoute(route.RoutePattern);

    public static bool IsTenantRoute(RoutePattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return pattern.Parameters.Any(p => p.Name == Parameter);
    }
}
