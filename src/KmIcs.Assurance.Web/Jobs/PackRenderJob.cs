using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Reporting.Packs;
using Quartz;

namespace KmIcs.Assurance.Web.Jobs;

/// <summary>
/// Renders one assurance pack on Quartz, in its own unit of work for the pack's tenant and in its requester's name (the
/// audit log says who asked for the pack). The pack row carries the outcome: ready, or failed with a message and a retry.
/// A render cut off by a restart is picked up again by <see cref="PendingJobsResumer"/>.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PackRenderJob(IServiceScopeFactory scopes) : IJob
{
    public const string TenantIdKey = "tenantId";
    public const string TenantSlugKey = "tenantSlug";
    public const string PackIdKey = "packId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        var packId = Guid.Parse(data.GetString(PackIdKey)!);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentTenant>().Set(Guid.Parse(data.GetString(TenantIdKey)!), data.GetString(TenantSlugKey)!);
        var pack = await services.GetRequiredService<PackArchive>().FindAsync(packId, cancellationToken);
        if (pack is null)
        {
            return;
        }

        services.GetRequiredService<CurrentActor>().Set(null, pack.RequestedBy);
        await services.GetRequiredService<PackRenderer>().RenderAsync(packId, cancellationToken);
    }
}
