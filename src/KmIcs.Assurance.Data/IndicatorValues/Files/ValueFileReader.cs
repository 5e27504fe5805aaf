using System.Text;

namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// Reads an uploaded value file (the portal's template or a Fingertips export, as CSV in any common dialect or as an
/// .xlsx workbook) into text records, without judging the values: that is the import's job. Bad input never throws;
/// it comes back as a sentence for the analyst.
/// </summary>
public static class ValueFileReader
{
    public const long MaxBytes = 30 * 1024 * 1024;
    public const int MaxColumns = 200;
    public const int MaxRows = 200_000;

    /// <summary>Tried in this order: commas are the norm; semicolons come from Excel in locales with decimal commas.</summary>
    private static readonly char[] Delimiters = [',', ';', '\t'];

    private static ReadOnlySpan<byte> ZipSignature => [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The OLE compound file that holds .xls workbooks and password-protected .xlsx ones.</summary>
    private static ReadOnlySpan<byte> CompoundFileSignature => [0xD0, 0xCF, 0x11, 0xE0];

    /// <summary>Reads the file; <paramref name="fileName"/> only helps describe it, the content decides what it is.</summary>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static ValueFileReadResult Read(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fileName);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var bytes = UploadBytes.Read(content, cancellationToken, out var tooLarge);
            if (bytes is null)
            {
                return ValueFileReadResult.Failure(tooLarge!);
            }

            if (bytes.Length == 0)
            {
                return ValueFileReadResult.Failure(ValueFileMessages.Empty);
            }

            if (bytes.AsSpan().StartsWith(CompoundFileSignature))
            {
                return ValueFileReadResult.Failure(ValueFileMessages.OldExcel);
            }

            return bytes.AsSpan().StartsWith(ZipSignature)
                ? ReadWorkbook(bytes, cancellationToken)
                : ReadText(bytes, fileName, cancellationToken);
        }
        catch (UnreadableFileException e)
        {
            return ValueFileReadResult.Failure(e.Message);
        }
    }

    private static ValueFileReadResult ReadWorkbook(byte[] bytes, CancellationToken cancellationToken)
    {
        using var workbook = XlsxSheetReader.Open(bytes, MaxColumns);
        using var rows = workbook.Rows(cancellationToken).GetEnumerator();
        var search = HeaderFinder.Find(rows);
        if (search.Header is { } header)
        {
            return Build(header, rows, ["Excel workbook"]);
        }

        return ValueFileReadResult.Failure(search switch
        {
            { Empty: true } => ValueFileMessages.EmptySheet,
            { Strength: 0 } => ValueFileMessages.NotRecognisedSheet(workbook.SheetName),
            _ => search.Error!,
        });
    }

    private static ValueFileReadResult ReadText(byte[] bytes, string fileName, CancellationToken cancellationToken)
    {
        if (TextEncodingDetector.Detect(bytes) is not var (encoding, start))
        {
            return ValueFileReadResult.Failure(ValueFileMessages.NotRecognised);
        }

        HeaderSearch? best = null;
        foreach (var delimiter in Delimiters)
        {
            using var rows = DelimitedTextParser.Rows(bytes, start, encoding, delimiter, MaxColumns, cancellationToken).GetEnumerator();
            var search = FindHeader(rows);
            if (search.Header is { } header)
            {
                return Build(header, rows, TextTraits(delimiter, encoding, fileName));
            }

            if (search.Strength == HeaderSearch.Decisive)
            {
                return ValueFileReadResult.Failure(search.Error!);
            }

            if (best is null || search.Strength > best.Strength)
            {
                best = search;
            }
        }

        return ValueFileReadResult.Failure(best!.Error!);
    }

    /// <summary>
    /// A quote left open before any header is found says nothing about this file's format (random bytes hold quotes
    /// too), so it counts as no header rather than as a broken file.
    /// </summary>
    private static HeaderSearch FindHeader(IEnumerator<SheetRow> rows)
    {
        try
        {
            return HeaderFinder.Find(rows);
        }
        catch (UnreadableFileException)
        {
            return HeaderSearch.NotFound(empty: false);
        }
    }

    private static ValueFileReadResult Build(ValueFileHeader header, IEnumerator<SheetRow> rows, IEnumerable<string> container)
    {
        var (records, rowWarnings) = RecordCollector.Collect(header, rows);
        var warnings = new List<string>();
        if (header.Row.Number > 1)
        {
            warnings.Add(ValueFileMessages.Preamble(header.Row.Number));
        }

        if (header.UnusedNames.Count > 0)
        {
            warnings.Add(ValueFileMessages.UnusedColumns(header.UnusedNames));
        }

        warnings.AddRange(rowWarnings);
        var columnNames = header.Columns.ToDictionary(column => column.Field, column => column.Name);
        return ValueFileReadResult.Success(new ValueFile(
            header.Format, DialectDescription.Describe(header, container), header.Row.Number, columnNames, records, warnings));
    }

    private static IEnumerable<string> TextTraits(char delimiter, Encoding encoding, string fileName)
    {
        if (delimiter == ';')
        {
            yield return "semicolon-separated";
        }
        else if (delimiter == '\t')
        {
            yield return "tab-separated";
        }

        if (encoding is UnicodeEncoding)
        {
            yield return "UTF-16 text";
        }
        else if (encoding is not UTF8Encoding)
        {
            yield return "Windows-1252 text";
        }

        // Older systems save tab-separated text with an Excel name, which Excel opens without complaint.
        var extension = Path.GetExtension(fileName);
        if (extension.Equals(".xls", StringComparison.OrdinalIgnoreCase) || extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            yield return $"a text file despite its {extension} name";
        }
    }
}
