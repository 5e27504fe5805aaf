using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Caching;
using KmIcs.Assurance.Data.IndicatorValues;
using KmIcs.Assurance.Data.Packs;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KmIcs.Assurance.Data.Configuration;

public static class ServiceCollectionExtensions
{
    /// <summary>Registers <see cref="AssuranceDbContext"/> on the configured provider, and the feature services that use it directly.</summary>
    public static IServiceCollection AddAssuranceData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connection = DatabaseConnection.Resolve(options, configuration.GetConnectionString(DatabaseOptions.ConnectionStringName), contentRoot);

        services.AddSingleton(options);
        services.AddSingleton(connection);
        services.AddScoped<CurrentTenant>();
        services.AddScoped<CurrentActor>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TenantDataVersions>();
        services.AddDbContext<AssuranceDbContext>((provider, builder) => builder
            .UseAssuranceDatabase(connection)
            .AddInterceptors(new TenantDataVersionInterceptor(provider.GetRequiredService<TenantDataVersions>())));
        services.AddScoped<DatabaseInitializer>();
        services.AddProgressReporting();
        services.AddIndicatorValues();
        services.AddMeetings();
        return services;
    }
}
