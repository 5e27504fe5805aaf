using System.Text;

namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// Reads RFC 4180 records from text in one pass: fields split by the delimiter, quoted fields holding delimiters,
/// doubled quotes and line breaks, and records ending in CRLF, LF or a lone CR (old Mac files). Record numbers count
/// every record, blank ones included, and a record spanning lines is one row: the numbers a person sees in Excel.
/// </summary>
/// <remarks>
/// It is lenient where real files are untidy and strict only where guessing would misread the rest of the file: a
/// quote opening a field after padding spaces still opens it, text after a closing quote is kept, a quote inside an
/// unquoted field is text, but a quote that never closes is an error rather than one giant field. Repeated short
/// values (area codes, periods, "Persons") share one string, which halves the memory of a large file.
/// </remarks>
internal sealed class DelimitedTextParser
{
    private const int PooledLength = 32;
    private const int PoolCapacity = 20_000;

    private readonly TextReader reader;
    private readonly char delimiter;
    private readonly int maxCells;
    private readonly char[] buffer = new char[64 * 1024];
    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> poolLookup;
    private readonly List<string> cells = [];
    private char[] field = new char[256];
    private int fieldLength;
    private int position;
    private int length;
    private int width;
    private int recordNumber;

    private DelimitedTextParser(TextReader reader, char delimiter, int maxCells)
    {
        this.reader = reader;
        this.delimiter = delimiter;
        this.maxCells = maxCells;
        poolLookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The records of <paramref name="text"/> from <paramref name="start"/> (after any byte order mark).</summary>
    public static IEnumerable<SheetRow> Rows(
        byte[] text, int start, Encoding encoding, char delimiter, int maxCells, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(
            new MemoryStream(text, start, text.Length - start, writable: false), encoding, detectEncodingFromByteOrderMarks: false);
        var parser = new DelimitedTextParser(reader, delimiter, maxCells);
        while (parser.TryReadRecord(out var row))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }

    private bool TryReadRecord(out SheetRow row)
    {
        row = default;
        var started = false;
        var inQuotes = false;
        var fieldHasText = false;
        while (true)
        {
            var next = Read();
            if (next < 0)
            {
                if (inQuotes)
                {
                    throw new UnreadableFileException(ValueFileMessages.UnclosedQuote(recordNumber + 1));
                }

                if (!started)
                {
                    return false;
                }

                row = EndRecord();
                return true;
            }

            started = true;
            var c = (char)next;
            if (inQuotes)
            {
                if (c != '"')
                {
                    Append(c);
                }
                else if (Peek() == '"')
                {
                    Read();
                    Append('"');
                }
                else
                {
                    inQuotes = false;
                }
            }
            else if (c == '"' && !fieldHasText)
            {
                // Padding before the opening quote is not part of the value.
                fieldLength = 0;
                inQuotes = true;
                fieldHasText = true;
            }
            else if (c == delimiter)
            {
                EndField();
                fieldHasText = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && Peek() == '\n')
                {
                    Read();
                }

                row = EndRecord();
                return true;
            }
            else
            {
                Append(c);
                fieldHasText |= !char.IsWhiteSpace(c);
            }
        }
    }

    private SheetRow EndRecord()
    {
        EndField();
        recordNumber++;
        var row = new SheetRow(recordNumber, [.. cells], width);
        cells.Clear();
        width = 0;
        return row;
    }

    private void EndField()
    {
        width++;
        if (cells.Count < maxCells)
        {
            cells.Add(Text(CellText.Clean(field.AsSpan(0, fieldLength))));
        }

        fieldLength = 0;
    }

    private string Text(ReadOnlySpan<char> text)
    {
        if (text.Length == 0)
        {
            return string.Empty;
        }

        if (text.Length > PooledLength)
        {
            return text.ToString();
        }

        if (poolLookup.TryGetValue(text, out var shared))
        {
            return shared;
        }

        var created = text.ToString();
        if (pool.Count < PoolCapacity)
        {
            pool.Add(created, created);
        }

        return created;
    }

    private void Append(char c)
    {
        if (fieldLength == field.Length)
        {
            Array.Resize(ref field, field.Length * 2);
        }

        field[fieldLength++] = c;
    }

    private int Read()
    {
        if (position == length && !Fill())
        {
            return -1;
        }

        return buffer[position++];
    }

    private int Peek() => position < length || Fill() ? buffer[position] : -1;

    private bool Fill()
    {
        length = reader.Read(buffer, 0, buffer.Length);
        position = 0;
        return length > 0;
    }
}
