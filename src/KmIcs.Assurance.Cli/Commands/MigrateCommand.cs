using System.CommandLine;
using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace KmIcs.Assurance.Cli.Commands;

internal static class MigrateCommand
{
    public static Command Create(TextWriter output)
    {
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var command = new Command("migrate", "Apply all migrations to the database.") { provider, connection };
        command.SetAction(async (result, cancellationToken) =>
        {
            var database = DatabaseArguments.Resolve(result, provider, connection);
            await using var db = database.CreateContext();
            await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).MigrateAsync(cancellationToken);
            await output.WriteLineAsync($"Migrated {database.Provider} database.");
            return 0;
        });
        return command;
    }
}
