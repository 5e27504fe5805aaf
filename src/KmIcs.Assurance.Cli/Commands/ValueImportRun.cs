using KmIcs.Assurance.Data.IndicatorValues.Files;
using KmIcs.Assurance.Data.IndicatorValues.ValueImports;
using KmIcs.Assurance.Domain.Indicators;

namespace KmIcs.Assurance.Cli.Commands;

/// <summary>
/// One file through the import, as a scheduled load needs it: upload and check, print the preview, then refuse, stop
/// after the preview (a dry run) or commit. A refused or dry-run import is cancelled, so no upload is left waiting on
/// the imports page for someone to commit.
/// </summary>
internal sealed class ValueImportRun(ValueImportService imports, TextWriter output, TextWriter error)
{
    public async Task<int> RunAsync(FileInfo file, ValueFileFormat? expected, bool dryRun, bool validRowsOnly, CancellationToken cancellationToken)
    {
        var import = await UploadAsync(file, cancellationToken);
        if (import is null)
        {
            return 1;
        }

        if (import.Status == ValueImportStatus.Failed)
        {
            // The file could not be read at all (not a recognised format, damaged, empty): there is no preview to show.
            return await RefuseAsync(import, import.Message, cancellationToken);
        }

        await ImportPreviewReport.WriteAsync(output, import);
        var refusal = Refusal(import, expected, validRowsOnly, cancellationToken);
        if (refusal is not null)
        {
            return await RefuseAsync(import, refusal, cancellationToken);
        }

        if (dryRun)
        {
            await imports.CancelAsync(import.Id, cancellationToken);
            await output.WriteLineAsync("Dry run: the file would be imported; nothing was written.");
            return 0;
        }

        var committed = await imports.CommitAsync(import.Id, validRowsOnly, import.Version, cancellationToken);
        if (!committed.Succeeded)
        {
            return await RefuseAsync(import, string.Join(". ", committed.Errors.Select(e => e.Message)), cancellationToken);
        }

        var done = committed.Value!;
        if (done.Status != ValueImportStatus.Committed)
        {
            // The values changed between the check and the commit: the import rolled back and says why.
            return await RefuseAsync(done, done.Message, cancellationToken);
        }

        await output.WriteLineAsync($"Imported: {done.NewValues} new, {done.RevisedValues} revised, {done.UnchangedValues} unchanged.");
        return 0;
    }

    /// <summary>The import as checked, or null (with the reason written) when the upload itself is refused: empty or too large.</summary>
    private async Task<ValueImport?> UploadAsync(FileInfo file, CancellationToken cancellationToken)
    {
        await using var content = file.OpenRead();
        var uploaded = await imports.UploadAsync(content, file.Name, cancellationToken);
        if (!uploaded.Succeeded)
        {
            await error.WriteLineAsync($"{file.Name}: {Sentence(string.Join(". ", uploaded.Errors.Select(e => e.Message)))}");
            return null;
        }

        return (await imports.FindAsync(uploaded.Value!.Id, cancellationToken))!;
    }

    private static string? Refusal(ValueImport import, ValueFileFormat? expected, bool validRowsOnly, CancellationToken cancellationToken)
    {
        if (expected is { } wanted && DetectedFormat(import, cancellationToken) is { } found && found != wanted)
        {
            return $"this is {Describe(found)}, not {Describe(wanted)} as --format {wanted.ToString().ToLowerInvariant()} asks. Nothing was imported.";
        }

        if (import.ErrorRows > 0 && !validRowsOnly)
        {
            return $"there are errors in {import.ErrorRows} of its {import.Rows} rows (listed above). Nothing was imported: correct the file, "
                + "or add --valid-rows-only to import only its valid rows.";
        }

        return null;
    }

    /// <summary>The import keeps only a description of the format, so the stored upload (the bytes it checked) is read again.</summary>
    private static ValueFileFormat? DetectedFormat(ValueImport import, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(import.Content ?? [], writable: false);
        return ValueFileReader.Read(content, import.FileName, cancellationToken).File?.Format;
    }

    private static string Describe(ValueFileFormat format) => format switch
    {
        ValueFileFormat.Template => "the portal's template",
        ValueFileFormat.Fingertips => "a Fingertips export",
    };

    private async Task<int> RefuseAsync(ValueImport import, string? reason, CancellationToken cancellationToken)
    {
        await imports.CancelAsync(import.Id, cancellationToken);
        await error.WriteLineAsync($"{import.FileName}: {Sentence(reason ?? "the file was not imported")}");
        return 1;
    }

    /// <summary>The reader's messages end with a full stop and the service's do not; the console shows them alike.</summary>
    private static string Sentence(string text) => text.EndsWith('.') ? text : text + ".";
}
