namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// The one rule for a cell's text on the way in and out. Spreadsheets run text that starts with =, +, - or @ as a
/// formula, so the writer puts an apostrophe before such text (Excel's own mark for "this is text") and the reader
/// takes it off again. Text that already starts with apostrophes before such a character gets one more, so a note
/// that really begins "'=" survives the round trip too.
/// </summary>
internal static class CellText
{
    /// <summary>The cell as the import sees it: trimmed, and without the apostrophe that protected a formula-like value.</summary>
    public static ReadOnlySpan<char> Clean(ReadOnlySpan<char> cell)
    {
        var text = cell.Trim();
        return text.Length > 1 && text[0] == '\'' && LooksLikeFormula(text[1..]) ? text[1..] : text;
    }

    /// <summary>As <see cref="Clean(ReadOnlySpan{char})"/>, returning the same string when nothing changes.</summary>
    public static string Clean(string cell)
    {
        var clean = Clean(cell.AsSpan());
        return clean.Length == cell.Length ? cell : clean.ToString();
    }

    /// <summary>Free text as the writer puts it in a cell: with an apostrophe in front when a spreadsheet would run it.</summary>
    public static string Protect(string text) => LooksLikeFormula(text) ? "'" + text : text;

    private static bool LooksLikeFormula(ReadOnlySpan<char> text)
    {
        var unquoted = text.TrimStart('\'');
        return unquoted.Length > 0 && unquoted[0] is '=' or '+' or '-' or '@';
    }
}
