using System.Xml.Linq;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.DataProtection;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Data.Tests.Tenancy;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Data.Tests.Identity;

public class DatabaseXmlRepositoryTests
{
    [Theory, BothDatabases]
    public async Task Keys_written_by_one_instance_are_read_by_another(DatabaseProvider provider)
    {
        await using var database = await TenantData.MigratedAsync(provider);
        var writer = new DatabaseXmlRepository(Scopes(database));
        var reader = new DatabaseXmlRepository(Scopes(database));

        writer.StoreElement(new XElement("key", new XAttribute("id", "k1"), "material"), "k1");

        var element = Assert.Single(reader.GetAllElements());
        Assert.Equal("k1", element.Attribute("id")?.Value);
        Assert.Equal("material", element.Value);
    }

    private static IServiceScopeFactory Scopes(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddScoped<CurrentTenant>();
        services.AddDbContext<AssuranceDbContext>(b => b.UseAssuranceDatabase(database.Connection));
        return services.BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();
    }
}
