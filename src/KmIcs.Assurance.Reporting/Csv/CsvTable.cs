using System.Globalization;
using System.Text;

namespace KmIcs.Assurance.Reporting.Csv;

/// <summary>
/// A table written as RFC 4180 CSV that is safe to open in a spreadsheet. Text that starts with =, +, -, @, tab or
/// carriage return is prefixed with an apostrophe so Excel and LibreOffice show it instead of running it as a formula
/// (OWASP "CSV injection"); numbers are written as invariant-culture numbers, so they stay numbers.
/// </summary>
public sealed class CsvTable(params string[] headers)
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuoting = [',', '"', '\r', '\n'];
    private readonly List<object?[]> rows = [];

    public void Add(params object?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"Expected {headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        rows.Add(cells);
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        Write(text, headers);
        foreach (var row in rows)
        {
            Write(text, row);
        }

        return text.ToString();
    }

    /// <summary>UTF-8 with a byte-order mark, so Excel reads "£" and en dashes correctly.</summary>
    public byte[] ToBytes() => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ToString())];

    public static string Cell(object? value) => value switch
    {
        null => "",
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "Yes" : "No",
        IFormattable formattable => Quote(Escape(formattable.ToString(null, CultureInfo.InvariantCulture))),
        _ => Quote(Escape(value.ToString() ?? "")),
    };

    private static void Write(StringBuilder text, IEnumerable<object?> cells)
    {
        text.AppendJoin(',', cells.Select(Cell));
        text.Append("\r\n");
    }

    private static string Escape(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    private static string Quote(string text) =>
        text.IndexOfAny(NeedsQuoting) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
