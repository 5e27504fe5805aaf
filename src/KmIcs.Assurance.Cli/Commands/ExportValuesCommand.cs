using System.CommandLine;
using KmIcs.Assurance.Data.IndicatorValues;
using KmIcs.Assurance.Data.IndicatorValues.Files;

namespace KmIcs.Assurance.Cli.Commands;

internal static class ExportValuesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var tenant = new Option<string>("--tenant") { Description = "Tenant slug.", Required = true };
        var file = new Option<FileInfo>("--out") { Description = "CSV file to write the values to, in the portal's template.", Required = true };
        var command = new Command("export-values", "Write every indicator value of a tenant as a template CSV; importing it again changes nothing.")
        {
            provider, connection, tenant, file,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var db = await TenantDatabase.OpenAsync(
                DatabaseArguments.Resolve(result, provider, connection), result.GetValue(tenant)!, "export-values", cancellationToken);
            if (db is null)
            {
                await error.WriteLineAsync($"There is no tenant '{result.GetValue(tenant)}'.");
                return 3;
            }

            var rows = await new ValueExport(db).RowsAsync(cancellationToken);
            var target = result.GetValue(file)!;
            target.Directory?.Create();
            await using (var stream = target.Create())
            {
                ValueFileWriter.WriteCsv(stream, rows);
            }

            await output.WriteLineAsync($"Wrote {rows.Count} values to {target.FullName}.");
            return 0;
        });
        return command;
    }
}
