namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// Finds the header among the first rows of a file, since real files can start with a sentence and a blank line,
/// and decides from it which format the file is in and which column holds each field.
/// </summary>
internal static class HeaderFinder
{
    /// <summary>Non-blank rows looked at before giving up: preambles are a line or two, never a page.</summary>
    public const int RowsSearched = 20;

    /// <summary>Reads rows up to and including the header, so the caller goes on from the first row after it.</summary>
    public static HeaderSearch Find(IEnumerator<SheetRow> rows)
    {
        var nonBlank = 0;
        while (nonBlank < RowsSearched && rows.MoveNext())
        {
            var row = rows.Current;
            if (row.IsBlank)
            {
                continue;
            }

            nonBlank++;
            if (row.Width > ValueFileReader.MaxColumns)
            {
                return HeaderSearch.TooWide(row.Width);
            }

            var names = row.Cells.Select(ValueFileColumns.Normalise).ToArray();
            if (FormatOf(names) is { } format)
            {
                return Header(format, row, names);
            }

            if (UploadFormatMessage(names) is { } refusal)
            {
                return HeaderSearch.OtherFormat(refusal);
            }
        }

        return HeaderSearch.NotFound(empty: nonBlank == 0);
    }

    private static ValueFileFormat? FormatOf(string[] names)
    {
        // The template first: it is the portal's own format, so a file that has its columns is meant as one.
        foreach (var format in (ValueFileFormat[])[ValueFileFormat.Template, ValueFileFormat.Fingertips])
        {
            var fields = names
                .Select(name => ValueFileColumns.TryGetField(format, name, out var field) ? field : (ValueField?)null)
                .ToHashSet();
            if (ValueFileColumns.RequiredFields.All(required => fields.Contains(required)))
            {
                return format;
            }
        }

        return null;
    }

    private static string? UploadFormatMessage(string[] names)
    {
        var set = names.ToHashSet(StringComparer.Ordinal);
        if (ValueFileColumns.LegacyUploadSignature.IsSubsetOf(set))
        {
            return ValueFileMessages.LegacyUpload;
        }

        return ValueFileColumns.NextUploadSignature.IsSubsetOf(set) ? ValueFileMessages.NextUpload : null;
    }

    private static HeaderSearch Header(ValueFileFormat format, SheetRow row, string[] names)
    {
        var columns = new List<HeaderColumn>();
        var unused = new List<string>();
        var byField = new Dictionary<ValueField, HeaderColumn>();
        for (var index = 0; index < names.Length; index++)
        {
            var name = row.Cells[index];

            // Unnamed columns carry nothing the import could name: R's write.csv row index, or the empty columns
            // that Excel leaves at the right-hand edge of a re-saved file.
            if (names[index].Length == 0)
            {
                continue;
            }

            if (ValueFileColumns.TryGetField(format, names[index], out var field))
            {
                var column = new HeaderColumn(field, index, name);
                if (byField.TryGetValue(field, out var first))
                {
                    return HeaderSearch.Invalid(
                        ValueFileMessages.DuplicateColumn(first.Name, first.Index + 1, name, index + 1));
                }

                byField.Add(field, column);
                columns.Add(column);
            }
            else if (!ValueFileColumns.IsKnownUnused(format, names[index]))
            {
                unused.Add(name);
            }
        }

        var hasIndexColumn = names.Length > 1 && names[0].Length == 0;
        var header = new ValueFileHeader(format, row, columns, unused, hasIndexColumn);
        return HeaderSearch.Found(header);
    }
}
