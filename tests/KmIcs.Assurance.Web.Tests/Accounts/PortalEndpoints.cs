using KmIcs.Assurance.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>
/// The portal's own routes, read from the running app's endpoint data source (static files left out);
/// <see cref="Component"/> is the page's component type, null for an endpoint that is not a page.
/// </summary>
public sealed record PortalEndpoint(string Template, Type? Component, IReadOnlyList<string> Methods, bool RequiresSignIn, IReadOnlyList<string> Policies)
{
    public bool IsPage => Component is not null;

    public bool IsTenantRoute => Template.Contains("{tenant}", StringComparison.Ordinal);

    public string? Policy => Policies.Count == 0 ? null : Policies[0];

    public override string ToString() => Template;

    public static IReadOnlyList<PortalEndpoint> All(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => !e.Metadata.Any(m => m.GetType().FullName!.Contains("StaticAsset", StringComparison.Ordinal)))
            // The framework's own routes (its catch-all for missing files, /_framework/...) are not pages of ours.
            .Where(e => e.RoutePattern.RawText?.Contains("{**", StringComparison.Ordinal) != true)
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("_framework/", StringComparison.Ordinal) != true)
            // Nor is the SignalR hub of the interactive islands (/_blazor, its negotiate and disconnect): it serves no
            // data by itself, and each island checks the signed-in user's membership for its work (CircuitTenantScope).
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("_blazor", StringComparison.Ordinal) != true)
            .Select(e => new PortalEndpoint(
                "/" + Normalise(e.RoutePattern.RawText ?? ""),
                e.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type,
                e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.ToList() ?? ["GET", "POST"],
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any() && e.Metadata.GetMetadata<IAllowAnonymous>() is null,
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct().ToList()))
            .DistinctBy(e => (e.Template, string.Join(",", e.Methods)))
            .OrderBy(e => e.Template, StringComparer.Ordinal)
            .ToList();
    }

    private static string Normalise(string raw) => raw.TrimStart('/').Replace("{" + TenantRoute.Parameter + "}", "{tenant}", StringComparison.OrdinalIgnoreCase);

    /// <summary>The address of this route with each parameter filled from <paramref name="values"/> (by name, case-insensitive).</summary>
    public string Url(IReadOnlyDictionary<string, string> values)
    {
        var url = Template;
        foreach (var segment in Template.Split('/').Where(s => s.StartsWith('{')))
        {
            var name = segment.Trim('{', '}').Split(':')[0];
            var value = values.FirstOrDefault(v => string.Equals(v.Key, name, StringComparison.OrdinalIgnoreCase)).Value
                ?? throw new InvalidOperationException($"No sample value for route parameter '{name}' of {Template}: add one to the matrix test.");
            url = url.Replace(segment, Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        return url;
    }
}
