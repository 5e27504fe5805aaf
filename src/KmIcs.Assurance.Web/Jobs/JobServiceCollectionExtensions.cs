using KmIcs.Assurance.Data.IndicatorValues.ValueImports;
using KmIcs.Assurance.Reporting.Packs;
using Quartz;

namespace KmIcs.Assurance.Web.Jobs;

public static class JobServiceCollectionExtensions
{
    /// <summary>
    /// Quartz.NET, the portal's one job engine, for background work: large imports and assurance packs. The jobs' state lives in
    /// the portal's own tables (an import's status and upload), which is what lets a job resume after a restart.
    /// </summary>
    public static WebApplicationBuilder AddBackgroundJobs(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddQuartz();
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        builder.Services.AddSingleton<IValueImportScheduler, QuartzValueImportScheduler>();
        builder.Services.AddSingleton<IPackScheduler, QuartzPackScheduler>();
        builder.Services.AddHostedService<PendingJobsResumer>();
        return builder;
    }
}
