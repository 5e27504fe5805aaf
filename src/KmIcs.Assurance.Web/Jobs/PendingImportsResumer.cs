using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.IndicatorValues.ValueImports;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Web.Jobs;

/// <summary>
/// At start, hands every import that was being checked or applied when the portal stopped back to the job engine. The
/// upload and the step due are in the database, and an apply that was cut off rolled back, so running it again is safe.
/// </summary>
public sealed class PendingImportsResumer(IServiceScopeFactory scopes, IValueImportScheduler queue) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssuranceDbContext>();
        // Across tenants: this runs for the whole portal, before any request has set a tenant.
        var pending = await db.Set<ValueImport>().IgnoreQueryFilters()
            .Where(i => i.Status == ValueImportStatus.Analysing || i.Status == ValueImportStatus.Committing)
            .Join(db.Set<Tenant>(), i => i.TenantId, t => t.Id, (i, t) => new { i.Id, i.TenantId, t.Slug })
            .ToListAsync(cancellationToken);
        foreach (var import in pending)
        {
            await queue.EnqueueAsync(import.TenantId, import.Slug, import.Id, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
