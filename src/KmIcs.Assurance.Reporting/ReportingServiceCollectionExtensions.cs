using KmIcs.Assurance.Reporting.Dashboards;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Reporting;

public static class ReportingServiceCollectionExtensions
{
    /// <summary>The dashboard queries; scoped, because each uses the request's tenant-filtered context.</summary>
    public static IServiceCollection AddReporting(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<DashboardCache>();
        services.AddScoped<StrategyOverviewQuery>();
        services.AddScoped<OutcomeDetailQuery>();
        services.AddScoped<IndicatorDetailQuery>();
        services.AddScoped<IndicatorListQuery>();
        services.AddScoped<CommitmentDetailQuery>();
        services.AddScoped<CommitmentListQuery>();
        services.AddScoped<CommitmentFilterOptionsQuery>();
        return services;
    }
}
