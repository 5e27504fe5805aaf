using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Testing.Databases;
using KmIcs.Assurance.Testing.Pdf;

namespace KmIcs.Assurance.Cli.Tests;

/// <summary>An operator makes packs from the command line on the real Kent and Medway seed, archived as the portal archives them.</summary>
public class PackCommandTests
{
    [Theory, BothDatabases]
    public async Task Pack_writes_a_tagged_pdf_and_making_it_again_is_version_2(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string[] connection = ["--provider", provider.ToString(), "--connection", database.Connection.ConnectionString];
        var (seedCode, _, seedError) = await RunAsync(["seed", "--tenant", "kent-medway", .. connection]);
        Assert.True(seedCode == 0, seedError);
        var file = Path.Combine(Poppler.ArtifactsFolder, $"cli-deep-dive-{provider}.pdf");

        var (code, output, error) = await RunAsync(["pack", "--tenant", "kent-medway", "--kind", "deep-dive", "--outcome", "3", "--out", file, .. connection]);
        var (againCode, again, againError) = await RunAsync(["pack", "--tenant", "kent-medway", "--kind", "deep-dive", "--outcome", "3", "--out", file, .. connection]);

        Assert.True(code == 0, error);
        Assert.Contains("version 1", output, StringComparison.Ordinal);
        Assert.True(againCode == 0, againError);
        Assert.Contains("version 2", again, StringComparison.Ordinal);
        var info = await Poppler.InfoAsync(file);
        Assert.Equal("yes", info["Tagged"]);
        Assert.StartsWith("Deep dive: Outcome 3", info["Title"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deep_dive_without_a_scope_is_refused_with_the_reason()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        string[] connection = ["--provider", "Sqlite", "--connection", database.Connection.ConnectionString];
        await RunAsync(["seed", "--tenant", "kent-medway", .. connection]);

        var (code, _, error) = await RunAsync(["pack", "--tenant", "kent-medway", "--kind", "deep-dive", "--out", Path.Combine(Path.GetTempPath(), "never.pdf"), .. connection]);

        Assert.Equal(2, code);
        Assert.Contains("Choose what the deep dive covers", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApplication.RunAsync(arguments, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
