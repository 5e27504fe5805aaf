using System.Globalization;

namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// Every sentence the reader says to the analyst, in one place so they read alike: what is wrong, then what to do.
/// </summary>
internal static class ValueFileMessages
{
    /// <summary>Unused columns named in a warning; a file with more has the count instead.</summary>
    private const int ShownNames = 10;

    public const string NotRecognised =
        "This is not a recognised format: expected the portal's template (Indicator ref, Period, Area code, Value, …) "
        + "or a Fingertips export (Indicator ID, Area Code, Time period, Value, …).";

    public const string Empty = "The file is empty.";

    public const string EmptySheet = "The first sheet of the workbook is empty: the portal reads the first sheet.";

    public const string NoRecords = "The file has a header row but no rows of values below it.";

    public const string LegacyUpload =
        "This is a Fingertips upload file (the PHOLIO format), which carries coded ids (AgeId, SexId, Year, YearRange, "
        + "Quarter) rather than the names and period labels the portal reads; export the data from Fingertips (or use "
        + "the portal's template) instead.";

    public const string NextUpload =
        "This is a Fingertips upload file (the FingertipsNext format), which carries coded ids and date ranges "
        + "(area_code, date_from, date_to, period_type) rather than an indicator and the period labels the portal reads; "
        + "export the data from Fingertips (or use the portal's template) instead.";

    public const string OldExcel =
        "This is an old-style Excel workbook (.xls), or a password-protected one, which the portal cannot read: save it "
        + "as .xlsx or CSV (without a password) and upload that.";

    public const string DamagedWorkbook =
        "This file starts like an Excel workbook (.xlsx) but could not be opened as one: it may be damaged, or another "
        + "kind of zip file. Open it in Excel and save it as .xlsx or CSV.";

    public static string TooLarge(long bytes) => Invariant(
        $"The file is {Megabytes(bytes)}; the portal reads files of at most {Megabytes(ValueFileReader.MaxBytes)}. Split it into smaller files.");

    public static string TooLargeUnknownSize() => Invariant(
        $"The file is larger than {Megabytes(ValueFileReader.MaxBytes)}, the most the portal reads. Split it into smaller files.");

    public static string TooManyColumns(int columns) => Invariant(
        $"The file has {Count(columns)} columns; the portal reads at most {Count(ValueFileReader.MaxColumns)}.");

    public static string RowTooWide(int row, int cells) => Invariant(
        $"Row {Count(row)} has {Count(cells)} cells; the portal reads at most {Count(ValueFileReader.MaxColumns)} columns.");

    public static string TooManyRows() => Invariant(
        $"The file has more than {Count(ValueFileReader.MaxRows)} rows of values; the portal reads at most {Count(ValueFileReader.MaxRows)}. Split it into smaller files.");

    public static string UnclosedQuote(int row) => Invariant(
        $"Row {Count(row)} has a quotation mark (\") that is never closed, so the rest of the file cannot be read. Check the quotes in that row.");

    public static string NotRecognisedSheet(string sheetName) =>
        $"{NotRecognised} The portal reads the first sheet of a workbook, here '{sheetName}'.";

    public static string DuplicateColumn(string firstName, int firstColumn, string secondName, int secondColumn) =>
        Invariant(
            $"Columns {firstColumn} ('{firstName}') and {secondColumn} ('{secondName}') are the same column to the import; remove one so it knows which to read.");

    public static string UnusedColumns(IReadOnlyList<string> names) =>
        $"{(names.Count == 1 ? "This column is" : "These columns are")} not used by the import and {(names.Count == 1 ? "was" : "were")} ignored: "
        + Listed(names.Take(ShownNames).Select(name => $"'{name}'").ToList(), names.Count - ShownNames) + ".";

    public static string Preamble(int headerRow) => Invariant(
        $"The header is on row {headerRow}; the {(headerRow == 2 ? "row" : Count(headerRow - 1) + " rows")} above it {(headerRow == 2 ? "was" : "were")} skipped.");

    public static string BlankRows(RowNumbers rows) =>
        $"{rows.Describe()} {(rows.Total == 1 ? "was" : "were")} blank and {(rows.Total == 1 ? "was" : "were")} skipped.";

    public static string LongRows(RowNumbers rows) =>
        $"{rows.Describe()} {(rows.Total == 1 ? "has" : "have")} more cells than the header has columns; the extra cells were ignored.";

    /// <summary>"a, b and c", or "a, b, c and 7 more" when <paramref name="more"/> items are not shown.</summary>
    public static string Listed(IReadOnlyList<string> shown, int more)
    {
        if (more > 0)
        {
            return string.Join(", ", shown) + " and " + Count(more) + " more";
        }

        return shown.Count == 1 ? shown[0] : string.Join(", ", shown.Take(shown.Count - 1)) + " and " + shown[^1];
    }

    /// <summary>"1,000": numbers in messages are written the way the analyst reads them.</summary>
    public static string Count(long number) => number.ToString("N0", CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) =>
        (bytes / (1024d * 1024d)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
