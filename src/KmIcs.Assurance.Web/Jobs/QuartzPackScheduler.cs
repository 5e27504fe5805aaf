using KmIcs.Assurance.Reporting.Packs;
using Quartz;

namespace KmIcs.Assurance.Web.Jobs;

/// <summary>Schedules <see cref="PackRenderJob"/> to run now for one pack; one job per pack, so a pack is never rendered twice at once.</summary>
public sealed class QuartzPackScheduler(ISchedulerFactory schedulers) : IPackScheduler
{
    public async Task EnqueueAsync(Guid tenantId, string tenantSlug, Guid packId, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = new JobKey("pack-" + packId.ToString("N"), "assurance-packs");
        var job = JobBuilder.Create<PackRenderJob>()
            .WithIdentity(key)
            .UsingJobData(PackRenderJob.TenantIdKey, tenantId.ToString())
            .UsingJobData(PackRenderJob.TenantSlugKey, tenantSlug)
            .UsingJobData(PackRenderJob.PackIdKey, packId.ToString())
            .Build();
        try
        {
            await scheduler.ScheduleJob(job, TriggerBuilder.Create().StartNow().Build(), cancellationToken: cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // The pack is already waiting or being rendered: one job per pack is enough.
        }
    }
}
