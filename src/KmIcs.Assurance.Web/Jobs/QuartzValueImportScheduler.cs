using System.Globalization;
using KmIcs.Assurance.Data.IndicatorValues.ValueImports;
using Quartz;

namespace KmIcs.Assurance.Web.Jobs;

/// <summary>Schedules <see cref="ValueImportJob"/> to run now for one import.</summary>
public sealed class QuartzValueImportScheduler(ISchedulerFactory schedulers) : IValueImportScheduler
{
    public async Task EnqueueAsync(Guid tenantId, string tenantSlug, Guid importId, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var job = JobBuilder.Create<ValueImportJob>()
            .WithIdentity(string.Create(CultureInfo.InvariantCulture, $"value-import-{importId}-{Guid.NewGuid():N}"), "value-imports")
            .UsingJobData(ValueImportJob.TenantIdKey, tenantId.ToString())
            .UsingJobData(ValueImportJob.TenantSlugKey, tenantSlug)
            .UsingJobData(ValueImportJob.ImportIdKey, importId.ToString())
            .Build();
        await scheduler.ScheduleJob(job, TriggerBuilder.Create().StartNow().Build(), cancellationToken: cancellationToken);
    }
}
