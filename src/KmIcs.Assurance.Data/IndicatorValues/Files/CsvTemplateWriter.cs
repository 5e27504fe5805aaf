using System.Text;

namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>Writes rows as RFC 4180 CSV: UTF-8 with a byte order mark and CRLF line ends, as Excel writes it.</summary>
internal static class CsvTemplateWriter
{
    public static void Write(Stream output, IEnumerable<string[]> rows)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                WriteField(writer, row[i]);
            }

            writer.Write("\r\n");
        }
    }

    private static void WriteField(StreamWriter writer, string text)
    {
        if (text.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
