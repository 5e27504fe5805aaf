using System.CommandLine;
using KmIcs.Assurance.Data.IndicatorValues.Files;
using KmIcs.Assurance.Data.IndicatorValues.ValueImports;

namespace KmIcs.Assurance.Cli.Commands;

internal static class ImportValuesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var tenant = new Option<string>("--tenant") { Description = "Tenant slug.", Required = true };
        var file = new Option<FileInfo>("--file") { Description = "The portal's template or a Fingertips export, as CSV or .xlsx.", Required = true }
            .AcceptExistingOnly();
        var format = new Option<string>("--format")
        {
            Description = "The format the file must be: auto takes what is detected; template or fingertips refuse any other.",
            DefaultValueFactory = _ => "auto",
        };
        format.AcceptOnlyFromAmong("auto", "template", "fingertips");
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and print the preview, then cancel the import: nothing is written." };
        var validRowsOnly = new Option<bool>("--valid-rows-only")
        {
            Description = "Import the valid rows of a file with errors (recorded on the import); without it such a file is refused.",
        };
        var command = new Command("import-values", "Check a file of indicator values, print the preview, and import it, all or nothing, as the portal does.")
        {
            provider, connection, tenant, file, format, dryRun, validRowsOnly,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var db = await TenantDatabase.OpenAsync(
                DatabaseArguments.Resolve(result, provider, connection), result.GetValue(tenant)!, "import-values", cancellationToken);
            if (db is null)
            {
                await error.WriteLineAsync($"There is no tenant '{result.GetValue(tenant)}'.");
                return 3;
            }

            // No scheduler: a command has no background job to hand a large file to, so every step runs before it exits.
            var run = new ValueImportRun(new ValueImportService(db), output, error);
            return await run.RunAsync(
                result.GetValue(file)!, Expected(result.GetValue(format)), result.GetValue(dryRun), result.GetValue(validRowsOnly), cancellationToken);
        });
        return command;
    }

    private static ValueFileFormat? Expected(string? choice) => choice switch
    {
        "template" => ValueFileFormat.Template,
        "fingertips" => ValueFileFormat.Fingertips,
        _ => null,
    };
}
