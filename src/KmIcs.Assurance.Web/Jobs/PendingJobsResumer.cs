using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.IndicatorValues.ValueImports;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Domain.Tenancy;
using KmIcs.Assurance.Reporting.Packs;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Web.Jobs;

/// <summary>
/// At start, hands back to the job engine the work that was under way when the portal stopped. The durable state is in
/// the database, so running each step again is safe: an import's upload and due step (an apply that was cut off rolled
/// back), and a pack's status and, once taken, its model (a restarted render prints that model, so the same document).
/// </summary>
public sealed class PendingJobsResumer(IServiceScopeFactory scopes, IValueImportScheduler imports, IPackScheduler packs) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssuranceDbContext>();
        // Across tenants: this runs for the whole portal, before any request has set a tenant.
        var pendingImports = await db.Set<ValueImport>().IgnoreQueryFilters()
            .Where(i => i.Status == ValueImportStatus.Analysing || i.Status == ValueImportStatus.Committing)
            .Join(db.Set<Tenant>(), i => i.TenantId, t => t.Id, (i, t) => new { i.Id, i.TenantId, t.Slug })
            .ToListAsync(cancellationToken);
        foreach (var import in pendingImports)
        {
            await imports.EnqueueAsync(import.TenantId, import.Slug, import.Id, cancellationToken);
        }

        var pendingPacks = await db.Set<AssurancePack>().IgnoreQueryFilters()
            .Where(p => p.Status == PackStatus.Queued || p.Status == PackStatus.Rendering)
            .Join(db.Set<Tenant>(), p => p.TenantId, t => t.Id, (p, t) => new { p.Id, p.TenantId, t.Slug })
            .ToListAsync(cancellationToken);
        foreach (var pack in pendingPacks)
        {
            await packs.EnqueueAsync(pack.TenantId, pack.Slug, pack.Id, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
