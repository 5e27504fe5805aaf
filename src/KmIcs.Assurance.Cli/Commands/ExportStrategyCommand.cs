using System.CommandLine;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Seeding;
using KmIcs.Assurance.Data.StrategyDocuments;

namespace KmIcs.Assurance.Cli.Commands;

internal static class ExportStrategyCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var tenant = new Option<string>("--tenant") { Description = "Tenant slug.", Required = true };
        var file = new Option<FileInfo>("--out") { Description = "File to write the JSON export to.", Required = true };
        var command = new Command("export-strategy", "Write a tenant's whole strategy tree and indicators as JSON (docs/strategy-export.md).")
        {
            provider, connection, tenant, file,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            var database = DatabaseArguments.Resolve(result, provider, connection);
            await using var db = database.CreateContext();
            var export = await new StrategyExporter(db, TimeProvider.System).ExportAsync(result.GetValue(tenant)!, cancellationToken);
            if (export is null)
            {
                await error.WriteLineAsync($"There is no tenant '{result.GetValue(tenant)}'.");
                return 3;
            }

            var target = result.GetValue(file)!;
            target.Directory?.Create();
            await File.WriteAllTextAsync(target.FullName, StrategyDocumentSerializer.Write(export), cancellationToken);
            await output.WriteLineAsync($"Wrote {target.FullName}.");
            return 0;
        });
        return command;
    }
}
