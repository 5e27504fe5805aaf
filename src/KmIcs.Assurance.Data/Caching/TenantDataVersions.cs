using System.Collections.Concurrent;

namespace KmIcs.Assurance.Data.Caching;

/// <summary>
/// A counter per tenant that moves on every saved change to that tenant's data in this process, so read models cached
/// under the counter's value are dropped the moment anything they were built from may have changed. Singleton.
/// </summary>
/// <remarks>
/// The counter lives in memory: another app instance, the CLI or a bulk <c>ExecuteUpdate</c> does not move it, so
/// caches keyed by it must also expire after a short time (see docs/adr/0010).
/// </remarks>
public sealed class TenantDataVersions
{
    private readonly ConcurrentDictionary<Guid, long> versions = new();

    public long Current(Guid tenantId) => versions.GetValueOrDefault(tenantId);

    public void Changed(Guid tenantId) => versions.AddOrUpdate(tenantId, 1, (_, version) => version + 1);
}
