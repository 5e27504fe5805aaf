using System.CommandLine;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Reporting.Packs;
using KmIcs.Assurance.Reporting.Packs.Printing;
using Microsoft.Extensions.Logging.Abstractions;

namespace KmIcs.Assurance.Cli.Commands;

/// <summary>
/// Makes an archived assurance pack exactly as the portal does (the same checks, model, archive row and audit entries,
/// acting as "cli pack") and writes its PDF. It renders inline: the command line has no job engine.
/// </summary>
internal static class PackCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var tenant = new Option<string>("--tenant") { Description = "Tenant slug.", Required = true };
        var kind = new Option<string>("--kind") { Description = "annual or deep-dive.", Required = true };
        var outcome = new Option<string?>("--outcome") { Description = "A deep dive's outcome or enabler number, e.g. 3." };
        var priority = new Option<string?>("--priority") { Description = "A deep dive's priority id." };
        var indicators = new Option<string?>("--indicators") { Description = "A deep dive's indicator references, comma-separated." };
        var commitments = new Option<string?>("--commitments") { Description = "A deep dive's commitment ids, comma-separated." };
        var asAt = new Option<DateOnly?>("--as-at") { Description = "The date the data is taken as at (yyyy-mm-dd); today when left out." };
        var meeting = new Option<string?>("--meeting") { Description = "The id of the meeting the pack is for." };
        var title = new Option<string?>("--title") { Description = "The pack's title; made from the kind and scope when left out." };
        var marking = new Option<string?>("--marking") { Description = "OFFICIAL (the default) or OFFICIAL-SENSITIVE." };
        var chromium = new Option<string?>("--chromium") { Description = "Path to Chromium; /usr/bin/chromium when left out." };
        var file = new Option<FileInfo>("--out") { Description = "PDF file to write.", Required = true };
        var command = new Command("pack", "Make an archived assurance pack (annual or deep dive) and write its PDF.")
        {
            provider, connection, tenant, kind, outcome, priority, indicators, commitments, asAt, meeting, title, marking, chromium, file,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var db = await TenantDatabase.OpenAsync(
                DatabaseArguments.Resolve(result, provider, connection), result.GetValue(tenant)!, "pack", cancellationToken);
            if (db is null)
            {
                await error.WriteLineAsync($"There is no tenant '{result.GetValue(tenant)}'.");
                return 3;
            }

            var options = new PackOptions(
                result.GetValue(kind),
                result.GetValue(outcome),
                result.GetValue(priority),
                List(result.GetValue(indicators)),
                List(result.GetValue(commitments)),
                result.GetValue(asAt),
                result.GetValue(meeting),
                result.GetValue(title),
                result.GetValue(marking));
            var requested = await new PackArchive(db).RequestAsync(options, new PackRequester(null, "cli pack"), cancellationToken);
            if (!requested.Succeeded)
            {
                foreach (var refusal in requested.Errors)
                {
                    await error.WriteLineAsync(refusal.Field.Length == 0 ? refusal.Message : $"{refusal.Field}: {refusal.Message}");
                }

                return 2;
            }

            var pack = requested.Value!;
            var printerOptions = new PackPrinterOptions();
            if (result.GetValue(chromium) is { } path)
            {
                printerOptions.ChromiumPath = path;
            }

            await using var printer = new PackPrinter(printerOptions, NullLogger<PackPrinter>.Instance);
            var status = await new PackRenderer(db, new PackModelQuery(db), printer, NullLogger<PackRenderer>.Instance).RenderAsync(pack.Id, cancellationToken);
            var archive = new PackArchive(db);
            if (status != PackStatus.Ready || await archive.DownloadAsync(pack.Id, cancellationToken) is not { } pdf)
            {
                var failed = await archive.FindAsync(pack.Id, cancellationToken);
                await error.WriteLineAsync($"Pack {pack.Id} (version {pack.DocumentVersion}) failed: {failed?.Message}");
                return 1;
            }

            var target = result.GetValue(file)!;
            target.Directory?.Create();
            await File.WriteAllBytesAsync(target.FullName, pdf.Content, cancellationToken);
            var done = await archive.FindAsync(pack.Id, cancellationToken);
            await output.WriteLineAsync($"Made \"{pack.Title}\" version {pack.DocumentVersion} ({done!.Pages} pages, SHA-256 {done.Sha256}) and wrote it to {target.FullName}.");
            return 0;
        });
        return command;
    }

    private static List<string> List(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
