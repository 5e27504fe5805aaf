using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Data.Tests.Identity;

public class IdentityModelTests
{
    /// <summary>
    /// Identity shapes its tables from options held by the application's service provider. The web host's context
    /// (inside dependency injection) and the CLI's (outside it) must still build the same model, or one of them would
    /// disagree with the migrated schema.
    /// </summary>
    [Fact]
    public void The_model_is_the_same_inside_and_outside_dependency_injection()
    {
        var connection = new DatabaseConnection(DatabaseProvider.Sqlite, "Data Source=model-only.db");
        var services = new ServiceCollection().AddLogging();
        services.AddScoped<CurrentTenant>();
        services.AddDbContext<AssuranceDbContext>(b => b.UseAssuranceDatabase(connection), ServiceLifetime.Scoped, ServiceLifetime.Singleton);
        services.AddAssuranceAccounts(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        using var inside = scope.ServiceProvider.GetRequiredService<AssuranceDbContext>();
        using var outside = connection.CreateContext();

        Assert.Equal(
            outside.Model.ToDebugString(Microsoft.EntityFrameworkCore.Infrastructure.MetadataDebugStringOptions.LongDefault),
            inside.Model.ToDebugString(Microsoft.EntityFrameworkCore.Infrastructure.MetadataDebugStringOptions.LongDefault));
        Assert.Equal(IdentitySchema.MaxKeyLength, inside.Model.FindEntityType(typeof(IdentityUserToken<Guid>))!.FindProperty("Name")!.GetMaxLength());
    }
}
