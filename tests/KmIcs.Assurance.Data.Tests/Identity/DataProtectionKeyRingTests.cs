using System.Xml.Linq;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Data.Tests.Tenancy;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Data.Tests.Identity;

/// <summary>
/// The data-protection key ring lives in the portal's database (docs/adr/0009): what one instance protects, another
/// instance on the same database unprotects, and keys made before the move to the library's table survive it.
/// </summary>
public class DataProtectionKeyRingTests
{
    private const string Purpose = "KmIcs.Assurance.Tests.DataProtectionKeyRing";
    private const string MigrationBeforeTheLibrary = "20261207000001_AssurancePacks";

    [Theory, BothDatabases]
    public async Task A_key_written_by_one_instance_is_read_by_a_second_instance_built_separately(DatabaseProvider provider)
    {
        await using var database = await TenantData.MigratedAsync(provider);
        await using var first = Instance(database);
        await using var second = Instance(database);

        var payload = Protector(first).Protect("reset my password");

        Assert.Equal("reset my password", Protector(second).Unprotect(payload));
        await using var db = database.CreateContext();
        var key = Assert.Single(await db.DataProtectionKeys.ToListAsync());
        Assert.StartsWith("key-", key.FriendlyName, StringComparison.Ordinal);
        Assert.Equal("key", XElement.Parse(key.Xml!).Name.LocalName);
    }

    [Theory, BothDatabases]
    public async Task Keys_stored_before_the_move_to_the_library_still_unprotect_after_the_upgrade_and_a_downgrade(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(MigrationBeforeTheLibrary);
        var (payload, keyXml) = ProtectWithAKeyOfItsOwn("still signed in");
        var friendlyName = "key-" + XElement.Parse(keyXml).Attribute("id")!.Value;
        // The row as the portal's own repository wrote it before: a GUID key, the XML without formatting.
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "DataProtectionKeys" ("Id", "FriendlyName", "Xml") VALUES ({Guid.NewGuid()}, {friendlyName}, {keyXml})""");

        await db.Database.MigrateAsync();
        await using (var upgraded = Instance(database))
        {
            Assert.Equal("still signed in", Protector(upgraded).Unprotect(payload));
        }

        await migrator.MigrateAsync(MigrationBeforeTheLibrary);
        Assert.NotEqual(Guid.Empty, Assert.Single(await db.Database.SqlQueryRaw<Guid>("""SELECT "Id" AS "Value" FROM "DataProtectionKeys" """).ToListAsync()));
        await db.Database.MigrateAsync();
        await using var again = Instance(database);
        Assert.Equal("still signed in", Protector(again).Unprotect(payload));
        Assert.Equal(friendlyName, Assert.Single(await db.DataProtectionKeys.AsNoTracking().ToListAsync()).FriendlyName);
    }

    /// <summary>The services one instance of the portal (or the CLI) builds, on the given database.</summary>
    private static ServiceProvider Instance(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddScoped<CurrentTenant>();
        services.AddDbContext<AssuranceDbContext>(b => b.UseAssuranceDatabase(database.Connection));
        services.AddAssuranceAccounts(new ConfigurationBuilder().Build());
        return services.BuildServiceProvider();
    }

    private static IDataProtector Protector(IServiceProvider instance) =>
        instance.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    /// <summary>Protects <paramref name="text"/> with a key made in a folder of its own, and returns that key's XML.</summary>
    private static (string Payload, string KeyXml) ProtectWithAKeyOfItsOwn(string text)
    {
        var folder = Directory.CreateTempSubdirectory("kmics-keys-");
        try
        {
            var payload = DataProtectionProvider
                .Create(folder, b => b.SetApplicationName(AccountsServiceCollectionExtensions.ApplicationName))
                .CreateProtector(Purpose)
                .Protect(text);
            var key = XElement.Load(Assert.Single(folder.GetFiles("key-*.xml")).FullName);
            return (payload, key.ToString(SaveOptions.DisableFormatting));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
