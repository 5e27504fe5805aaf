using System.Text.RegularExpressions;

namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// Says in words which variant of a format a file is, such as "Fingertips export (underscored headers, no Time period
/// range)", so the preview can show the analyst what the portal took the file to be.
/// </summary>
internal static partial class DialectDescription
{
    /// <param name="header">The recognised header.</param>
    /// <param name="container">How the file itself is stored, such as "Excel workbook" or "semicolon-separated".</param>
    public static string Describe(ValueFileHeader header, IEnumerable<string> container)
    {
        var names = header.Row.Cells.Where(name => name.Length > 0).ToList();
        var traits = new List<string>();
        if (names.Exists(name => name.Contains('_', StringComparison.Ordinal)))
        {
            traits.Add("underscored headers");
        }
        else if (names.Exists(name => DottedWords().IsMatch(name)))
        {
            traits.Add("dotted headers, as R's write.csv writes them");
        }
        else if (!names.Exists(name => name.Contains(' ', StringComparison.Ordinal)) && names.Exists(name => InnerCapital().IsMatch(name)))
        {
            traits.Add("headers without spaces");
        }
        else if (header.Columns.Any(column => column.Field == ValueField.AreaName && !column.Name.Contains(' ', StringComparison.Ordinal)))
        {
            traits.Add("AreaName written without a space");
        }

        if (header.HasIndexColumn)
        {
            traits.Add("a row-number column first");
        }

        if (header.Format == ValueFileFormat.Fingertips && !header.Columns.Any(column => column.Field == ValueField.TimePeriodRange))
        {
            traits.Add("no Time period range");
        }

        if (header.Row.Number > 1)
        {
            traits.Add($"header on row {ValueFileMessages.Count(header.Row.Number)}");
        }

        traits.AddRange(container);
        var name = header.Format == ValueFileFormat.Template ? "Portal template" : "Fingertips export";
        return traits.Count == 0 ? name : $"{name} ({string.Join(", ", traits)})";
    }

    [GeneratedRegex(@"\p{L}\.\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex DottedWords();

    [GeneratedRegex(@"\p{Ll}\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex InnerCapital();
}
