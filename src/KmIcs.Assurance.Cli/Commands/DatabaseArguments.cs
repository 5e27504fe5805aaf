using System.CommandLine;
using KmIcs.Assurance.Data.Configuration;

namespace KmIcs.Assurance.Cli.Commands;

/// <summary>The <c>--provider</c> and <c>--connection</c> options every database command shares.</summary>
internal static class DatabaseArguments
{
    public static Option<DatabaseProvider> Provider() => new("--provider")
    {
        Description = "Database engine: Sqlite, PostgreSQL or SqlServer.",
        DefaultValueFactory = _ => DatabaseProvider.Sqlite,
    };

    public static Option<string?> Connection() => new("--connection")
    {
        Description = "Connection string. Defaults to the embedded SQLite file under ./App_Data.",
    };

    public static DatabaseConnection Resolve(ParseResult result, Option<DatabaseProvider> provider, Option<string?> connection)
    {
        var options = new DatabaseOptions { Provider = result.GetValue(provider) };
        return DatabaseConnection.Resolve(options, result.GetValue(connection), Environment.CurrentDirectory);
    }
}
