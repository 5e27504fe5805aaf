using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// Works out how a text file's bytes are encoded: a byte order mark says UTF-8 or UTF-16; otherwise bytes that are
/// valid UTF-8 are UTF-8, and anything else is Windows-1252, which is what Excel on a UK Windows machine saves as
/// "CSV" (a "£" there is the single byte 0xA3). NUL characters mean the file is not text at all.
/// </summary>
internal static class TextEncodingDetector
{
    private static readonly Encoding Windows1252 = LoadWindows1252();

    /// <summary>The encoding and where the text starts after any byte order mark, or null when the bytes are not text.</summary>
    public static (Encoding Encoding, int Start)? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return HasNul(bytes) ? null : (new UTF8Encoding(false), 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var littleEndian = bytes[0] == 0xFF;
            var units = MemoryMarshal.Cast<byte, ushort>(bytes[2..]);

            // A zero code unit is U+0000 in either byte order.
            return units.Contains((ushort)0) ? null : (new UnicodeEncoding(!littleEndian, false), 2);
        }

        if (HasNul(bytes))
        {
            return null;
        }

        return (Utf8.IsValid(bytes) ? new UTF8Encoding(false) : Windows1252, 0);
    }

    private static bool HasNul(ReadOnlySpan<byte> bytes) => bytes.Contains((byte)0);

    /// <summary>.NET Core ships only Unicode encodings until the code page provider is registered (once per process).</summary>
    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
