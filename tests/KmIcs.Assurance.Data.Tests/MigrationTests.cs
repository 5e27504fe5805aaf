using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace KmIcs.Assurance.Data.Tests;

public class MigrationTests
{
    [Theory, BothDatabases]
    public async Task Migrating_an_empty_database_applies_every_migration_and_a_second_run_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var initializer = new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance);

        await initializer.MigrateAsync();
        await initializer.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.True(await db.Database.CanConnectAsync());
    }

    [Theory, BothDatabases]
    public async Task Migrated_schema_equals_the_schema_the_model_creates(DatabaseProvider provider)
    {
        await using var fromModel = await TestDatabase.CreateAsync(provider);
        await using var fromMigrations = await TestDatabase.CreateAsync(provider);
        await using var modelDb = fromModel.CreateContext();
        await using var migratedDb = fromMigrations.CreateContext();

        await modelDb.Database.EnsureCreatedAsync();
        await migratedDb.Database.MigrateAsync();

        var expected = await SchemaSnapshot.ReadAsync(modelDb);
        var actual = await SchemaSnapshot.ReadAsync(migratedDb);
        Assert.Equal(expected, actual);
    }
}
