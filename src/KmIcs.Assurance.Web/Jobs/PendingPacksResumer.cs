using KmIcs.Assurance.Data;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Domain.Tenancy;
using KmIcs.Assurance.Reporting.Packs;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Web.Jobs;

/// <summary>
/// At start, hands every pack that was queued or being rendered when the portal stopped back to the job engine. A pack
/// whose model was taken is printed from that stored model, so the restarted render makes the same document.
/// </summary>
public sealed class PendingPacksResumer(IServiceScopeFactory scopes, IPackScheduler queue) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssuranceDbContext>();
        // Across tenants: this runs for the whole portal, before any request has set a tenant.
        var pending = await db.Set<AssurancePack>().IgnoreQueryFilters()
            .Where(p => p.Status == PackStatus.Queued || p.Status == PackStatus.Rendering)
            .Join(db.Set<Tenant>(), p => p.TenantId, t => t.Id, (p, t) => new { p.Id, p.TenantId, t.Slug })
            .ToListAsync(cancellationToken);
        foreach (var pack in pending)
        {
            await queue.EnqueueAsync(pack.TenantId, pack.Slug, pack.Id, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
