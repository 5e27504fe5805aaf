using KmIcs.Assurance.Data.IndicatorValues.ValueImports;
using KmIcs.Assurance.Domain.Indicators;

namespace KmIcs.Assurance.Cli.Commands;

/// <summary>
/// The import's preview as text for a log: what the file was taken to be, what it would change, every row skipped or
/// not mapped with its count, and every problem by row and column, so a scheduled load's log says what to fix.
/// </summary>
internal static class ImportPreviewReport
{
    public static async Task WriteAsync(TextWriter output, ValueImport import)
    {
        var preview = ValueImportService.PreviewOf(import) ?? new ImportPreview();
        await output.WriteLineAsync($"File: {import.FileName} (SHA-256 {import.Sha256})");
        await output.WriteLineAsync($"Format: {import.Dialect}");
        await output.WriteLineAsync($"Rows: {import.Rows}");
        await output.WriteLineAsync($"Values: {import.NewValues} new, {import.RevisedValues} revised, {import.UnchangedValues} unchanged");
        await output.WriteLineAsync($"Skipped: {Rows(import.SkippedRows)}");
        await WriteCountedAsync(output, "Skipped because", preview.Skipped);
        await WriteCountedAsync(output, "Fingertips indicator ids not mapped to an indicator", preview.UnmappedIndicators);
        await WriteCountedAsync(output, "Areas not known here", preview.UnmappedAreas);
        foreach (var warning in preview.Warnings)
        {
            await output.WriteLineAsync($"Warning: {warning}");
        }

        await output.WriteLineAsync(preview.ErrorCount == 0 ? "Errors: none" : $"Errors: {preview.ErrorCount} in {Rows(import.ErrorRows)}");
        foreach (var problem in preview.Errors)
        {
            await output.WriteLineAsync($"  {problem}");
        }

        if (preview.ErrorCount > preview.Errors.Count)
        {
            // The import keeps the first ImportPreview.MaxProblems; the rest are only counted.
            await output.WriteLineAsync($"  … and {preview.ErrorCount - preview.Errors.Count} more");
        }
    }

    private static async Task WriteCountedAsync(TextWriter output, string heading, IReadOnlyList<CountedReason> counted)
    {
        if (counted.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync($"{heading}:");
        foreach (var item in counted)
        {
            await output.WriteLineAsync($"  {item.Reason} ({Rows(item.Rows)})");
        }
    }

    private static string Rows(int count) => count == 1 ? "1 row" : $"{count} rows";
}
