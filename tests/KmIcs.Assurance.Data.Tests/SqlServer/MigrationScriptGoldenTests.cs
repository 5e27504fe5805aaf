using KmIcs.Assurance.Testing;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KmIcs.Assurance.Data.Tests.SqlServer;

/// <summary>
/// The SQL Server DDL our hand-written, provider-neutral migrations produce is committed in
/// <c>golden/migrations.sql</c> and read by a person (docs/adr/0017). Any change to a migration or to how the provider
/// renders it shows up here as a diff to review, not as a surprise on a customer's server.
/// </summary>
public class MigrationScriptGoldenTests
{
    private const string UpdateVariable = "ASSURANCE_UPDATE_GOLDEN";
    private static readonly string GoldenFile =
        Path.Combine("tests", "KmIcs.Assurance.Data.Tests", "SqlServer", "golden", "migrations.sql");

    [Fact]
    public void The_sql_server_script_of_every_migration_equals_the_reviewed_golden_file()
    {
        using var db = SqlServerModel.CreateContext();
        var script = Normalise(db.GetService<IMigrator>().GenerateScript());
        var path = Path.Combine(RepositoryRoot.Find(), GoldenFile);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, script);
        }

        var golden = File.Exists(path) ? Normalise(File.ReadAllText(path)) : "";
        Assert.True(golden == script, GoldenDiff.Describe(GoldenFile, golden, script, UpdateVariable));
    }

    // Line endings and trailing blanks depend on the machine that wrote the file, not on the migrations.
    private static string Normalise(string script) =>
        string.Join('\n', script.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd())).TrimEnd() + "\n";
}
