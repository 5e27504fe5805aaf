using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Seeding;
using KmIcs.Assurance.Data.StrategyDocuments;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Tenancy;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace KmIcs.Assurance.Data.Tests.Seeding;

public class SeedImportTests
{
    private static string MiniFolder => Path.Combine(AppContext.BaseDirectory, "Seeding", "Mini");

    [Theory, BothDatabases]
    public async Task Export_after_seed_reproduces_the_seed_documents(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var seed = SeedSet.Read(MiniFolder);

        await using (var db = database.CreateContext())
        {
            var result = await new TenantSeedImporter(db, TimeProvider.System).ImportAsync(seed);
            Assert.True(result.Imported, result.Message);
        }

        await using var reader = database.CreateContext();
        var export = await new StrategyExporter(reader, TimeProvider.System).ExportAsync("mini");
        Assert.NotNull(export);
        Assert.Equal(ComparableStrategy.FromSeed(seed), ComparableStrategy.FromExport(export));
    }

    [Theory, BothDatabases]
    public async Task Seeding_twice_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var seed = SeedSet.Read(MiniFolder);
        await using (var first = database.CreateContext())
        {
            await new TenantSeedImporter(first, TimeProvider.System).ImportAsync(seed);
        }

        var before = await CountRowsAsync(database);
        SeedResult second;
        await using (var db = database.CreateContext())
        {
            second = await new TenantSeedImporter(db, TimeProvider.System).ImportAsync(seed);
        }

        Assert.False(second.Imported);
        Assert.Contains("nothing changed", second.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountRowsAsync(database));
    }

    [Theory, BothDatabases]
    public async Task Seed_keeps_plan_lead_bodies_and_the_organisation_hierarchy(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        await using (var db = database.CreateContext())
        {
            await new TenantSeedImporter(db, TimeProvider.System).ImportAsync(SeedSet.Read(MiniFolder));
        }

        await using var reader = database.CreateContext();
        var tenant = await reader.Set<Tenant>().SingleAsync(t => t.Slug == "mini");
        reader.CurrentTenant.Set(tenant.Id, tenant.Slug);
        var publicHealth = await reader.Set<Organisation>().SingleAsync(o => o.Name == "Mini Public Health Team");
        var council = await reader.Set<Organisation>().Include(o => o.Aliases).SingleAsync(o => o.Name == "Mini County Council");
        Assert.Equal(council.Id, publicHealth.ParentId);
        Assert.True(council.IsKnownAs("Mini CC"));
        var commitment = await reader.Set<Commitment>().Include(c => c.Plans).ThenInclude(p => p.LeadBodies).SingleAsync(c => c.Text.StartsWith("Improve access"));
        Assert.Equal(2, commitment.Plans.Count);
        Assert.All(commitment.Plans, plan => Assert.Single(plan.LeadBodies));
        var indicator = await reader.Set<Indicator>().Include(i => i.Targets).SingleAsync(i => i.Ref == "1.1");
        Assert.Equal(5m, indicator.Targets.Single().Value);
        Assert.Equal(6.5m, indicator.Targets.Single().Floor);
    }

    [Fact]
    public void A_malformed_file_is_refused_with_the_file_the_path_and_the_problem()
    {
        var folder = CopyMini();
        var file = Path.Combine(folder, "indicators-logframe.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"decimals\": 1,", "\"decimals\": \"one\",", StringComparison.Ordinal));

        var error = Assert.Throws<SeedDataException>(() => SeedSet.Read(folder));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(file, problem.File);
        Assert.Equal("$.indicators[0].decimals", problem.Path);
        Assert.Contains("line", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_enums_and_periods_are_each_named()
    {
        var folder = CopyMini();
        var strategy = Path.Combine(folder, "strategy.json");
        File.WriteAllText(strategy, File.ReadAllText(strategy)
            .Replace("\"leadBodies\": [\"council-ph\"], \"source\": null", "\"leadBodies\": [\"nobody\"], \"source\": null", StringComparison.Ordinal)
            .Replace("\"kind\": \"PublicHealthTeam\"", "\"kind\": \"Ministry\"", StringComparison.Ordinal)
            .Replace("\"due\": \"2024-03\"", "\"due\": \"March 2024\"", StringComparison.Ordinal));
        var logframe = Path.Combine(folder, "indicators-logframe.json");
        File.WriteAllText(logframe, File.ReadAllText(logframe).Replace("\"period\": \"2028\"", "\"period\": \"sometime\"", StringComparison.Ordinal));

        var error = Assert.Throws<SeedDataException>(() => SeedSet.Read(folder));

        Assert.Contains(error.Problems, p => p.Path == "$.outcomes[0].priorities[0].commitments[1].leadBodies" && p.Problem.Contains("'nobody'", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Path == "$.organisations[1].kind" && p.Problem.Contains("UpperTierCouncil", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Path == "$.outcomes[0].deliveryExamples[0].milestones[0].due");
        Assert.Contains(error.Problems, p => p.File == logframe && p.Path == "$.indicators[0].targets[0].period");
    }

    [Theory, BothDatabases]
    public async Task A_seed_that_fails_half_way_leaves_no_rows_behind(DatabaseProvider provider)
    {
        await using var database = await MigratedAsync(provider);
        var seed = SeedSet.Read(MiniFolder);
        // Two values for one indicator, period and area pass the documents' shape but break a unique index on save.
        var indicator = seed.IndicatorSets[0].Set.Indicators[0];
        indicator.Values.Add(indicator.Values[0] with { Note = "duplicate" });

        await using (var db = database.CreateContext())
        {
            await Assert.ThrowsAsync<DbUpdateException>(() => new TenantSeedImporter(db, TimeProvider.System).ImportAsync(seed));
        }

        Assert.Equal(0, await CountRowsAsync(database));
    }

    private static async Task<TestDatabase> MigratedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).MigrateAsync();
        return database;
    }

    private static async Task<int> CountRowsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var tenants = await db.Set<Tenant>().Select(t => t.Id).ToListAsync();
        var total = tenants.Count;
        foreach (var tenant in tenants)
        {
            await using var scoped = database.CreateContext();
            scoped.CurrentTenant.Set(tenant, "count");
            total += await scoped.Set<Organisation>().CountAsync() + await scoped.Set<Commitment>().CountAsync()
                + await scoped.Set<Indicator>().CountAsync() + await scoped.Set<IndicatorValue>().CountAsync();
        }

        return total;
    }

    private static string CopyMini()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kmics-seed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(MiniFolder))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}
