using KmIcs.Assurance.Data.Caching;
using KmIcs.Assurance.Data.Tenancy;
using Microsoft.Extensions.Caching.Memory;

namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>
/// Keeps built dashboard read models in memory, keyed by tenant, the tenant's data version and the day (ratings depend
/// on today's date), so a page is built from the database once per change rather than once per request. Any save to
/// the tenant's data moves the version, so a cached model is never served after a change made through this instance;
/// the one-minute expiry bounds how long a change made elsewhere (another instance, the CLI) can take to show.
/// </summary>
public sealed class DashboardCache(IMemoryCache cache, TenantDataVersions versions, CurrentTenant tenant)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>Returns the cached model for <paramref name="key"/>, or builds and caches it (a not-found null included).</summary>
    public async Task<T?> GetOrBuildAsync<T>(string key, DateOnly today, Func<Task<T?>> build)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(build);
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Dashboards are built for a tenant; none is set.");
        var cacheKey = (typeof(T), tenantId, versions.Current(tenantId), today, key);
        if (cache.TryGetValue(cacheKey, out Box<T>? hit) && hit is not null)
        {
            return hit.Value;
        }

        var built = await build();
        cache.Set(cacheKey, new Box<T>(built), Lifetime);
        return built;
    }

    private sealed record Box<T>(T? Value);
}
