using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Cli.Tests;

public class MigrateCommandTests
{
    [Theory, BothDatabases]
    public async Task Migrate_brings_the_database_to_the_current_schema(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CliApplication.RunAsync(
            ["migrate", "--provider", provider.ToString(), "--connection", database.Connection.ConnectionString], output, error);

        Assert.True(exitCode == 0, error.ToString());
        Assert.Contains($"Migrated {provider} database.", output.ToString(), StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Unknown_provider_is_refused_with_a_message()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CliApplication.RunAsync(["migrate", "--provider", "Oracle"], output, error);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Oracle", error.ToString(), StringComparison.Ordinal);
    }
}
