using KmIcs.Assurance.Reporting.Dashboards;
using KmIcs.Assurance.Reporting.Packs;
using KmIcs.Assurance.Reporting.Packs.Printing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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
        services.AddAssurancePacks();
        return services;
    }

    /// <summary>
    /// Packs: the model query, the archive and the render step, scoped like the dashboards; one printer (one Chromium)
    /// for the whole process, configured from <c>PackPrinting</c>.
    /// </summary>
    private static void AddAssurancePacks(this IServiceCollection services)
    {
        services.AddOptions<PackPrinterOptions>().BindConfiguration(PackPrinterOptions.SectionName);
        services.AddSingleton(provider => new PackPrinter(
            provider.GetRequiredService<IOptions<PackPrinterOptions>>().Value, provider.GetRequiredService<ILogger<PackPrinter>>()));
        services.AddScoped<PackModelQuery>();
        services.AddScoped<PackChoicesQuery>();
        services.AddScoped<PackArchive>();
        services.AddScoped<PackRenderer>();
    }
}
