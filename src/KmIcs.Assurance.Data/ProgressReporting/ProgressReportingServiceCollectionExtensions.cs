using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Data.ProgressReporting;

public static class ProgressReportingServiceCollectionExtensions
{
    /// <summary>Reporting rounds, commitment updates and their review, status decisions and reminders: scoped, one per unit of work.</summary>
    public static IServiceCollection AddProgressReporting(this IServiceCollection services)
    {
        services.AddScoped<ReportingRoundService>();
        services.AddScoped<CommitmentStatusService>();
        services.AddScoped<CommitmentUpdateService>();
        services.AddScoped<ReviewQuery>();
        services.AddScoped<ReminderPlanner>();
        services.AddScoped<ReminderOutbox>();
        return services;
    }
}
