using System.Text.Json;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Testing.Databases;

namespace KmIcs.Assurance.Cli.Tests;

public class SeedAndExportCommandTests
{
    private static string SeedRoot => Path.Combine(AppContext.BaseDirectory, "Seeds");

    [Theory, BothDatabases]
    public async Task Seed_then_export_strategy_writes_the_whole_tree_as_json(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var file = Path.Combine(Path.GetTempPath(), $"kmics-export-{Guid.NewGuid():N}.json");
        string[] connection = ["--provider", provider.ToString(), "--connection", database.Connection.ConnectionString];

        var (seedCode, seedOutput, seedError) = await RunAsync(["seed", "--tenant", "mini", "--seed-root", SeedRoot, .. connection]);
        var (exportCode, _, exportError) = await RunAsync(["export-strategy", "--tenant", "mini", "--out", file, .. connection]);

        Assert.True(seedCode == 0, seedError);
        Assert.Contains("Imported tenant 'mini': 2 outcomes, 1 priorities, 2 commitments, 2 plans, 3 organisations, 2 indicators, 1 indicator values.", seedOutput, StringComparison.Ordinal);
        Assert.True(exportCode == 0, exportError);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        var strategy = json.RootElement.GetProperty("strategy");
        Assert.Equal("Mini Strategy", strategy.GetProperty("strategy").GetProperty("title").GetString());
        var commitment = strategy.GetProperty("outcomes")[0].GetProperty("priorities")[0].GetProperty("commitments")[0];
        Assert.Equal("Improve access through Family Hubs", commitment.GetProperty("text").GetString());
        Assert.Equal(2, commitment.GetProperty("plans").GetArrayLength());
        var indicator = json.RootElement.GetProperty("indicatorSets")[0].GetProperty("indicators")[0];
        Assert.Equal("G.1", indicator.GetProperty("ref").GetString());
        File.Delete(file);
    }

    [Theory, BothDatabases]
    public async Task Seeding_the_same_tenant_twice_reports_that_nothing_changed(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string[] arguments = ["seed", "--tenant", "mini", "--seed-root", SeedRoot, "--provider", provider.ToString(), "--connection", database.Connection.ConnectionString];

        await RunAsync(arguments);
        var (code, output, _) = await RunAsync(arguments);

        Assert.Equal(0, code);
        Assert.Contains("Tenant 'mini' already exists; nothing changed.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_with_a_missing_folder_names_the_file_it_looked_for()
    {
        var (code, _, error) = await RunAsync(["seed", "--tenant", "nowhere", "--seed-root", SeedRoot]);

        Assert.Equal(2, code);
        Assert.Contains(Path.Combine(SeedRoot, "nowhere", "strategy.json"), error, StringComparison.Ordinal);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_of_an_unknown_tenant_says_so()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await RunAsync(["migrate", "--connection", database.Connection.ConnectionString]);

        var (code, _, error) = await RunAsync(["export-strategy", "--tenant", "nobody", "--out", Path.GetTempFileName(), "--connection", database.Connection.ConnectionString]);

        Assert.Equal(3, code);
        Assert.Contains("There is no tenant 'nobody'.", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(arguments, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
