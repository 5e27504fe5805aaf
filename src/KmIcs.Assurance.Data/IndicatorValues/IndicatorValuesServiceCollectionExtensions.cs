using KmIcs.Assurance.Data.IndicatorValues.ValueImports;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Data.IndicatorValues;

public static class IndicatorValuesServiceCollectionExtensions
{
    /// <summary>Value entry, imports, exports and the data overview: scoped, one per unit of work.</summary>
    public static IServiceCollection AddIndicatorValues(this IServiceCollection services)
    {
        services.AddScoped<ValueEntryService>();
        services.AddScoped<ValueImportService>();
        services.AddScoped<ValueExport>();
        services.AddScoped<DataOverviewQuery>();
        services.AddScoped<ValueHistoryQuery>();
        services.AddScoped<IndicatorDataSettings>();
        return services;
    }
}
