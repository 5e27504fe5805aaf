using System.Text;
using KmIcs.Assurance.Data.IndicatorValues.Files;

namespace KmIcs.Assurance.Data.Tests.IndicatorValues.Files;

/// <summary>Reads test files and test text through the public reader, the way the import service will.</summary>
internal static class ValueFiles
{
    public const string NotRecognised = "This is not a recognised format";

    /// <summary>tests/testdata/fingertips, copied beside the test assembly by the project file.</summary>
    public static string TestData { get; } = Path.Combine(AppContext.BaseDirectory, "testdata", "fingertips");

    public static ValueFileReadResult ReadTestFile(string relativePath)
    {
        using var stream = File.OpenRead(Path.Combine(TestData, relativePath));
        return ValueFileReader.Read(stream, Path.GetFileName(relativePath));
    }

    public static ValueFile ReadValidTestFile(string relativePath) => Valid(ReadTestFile(relativePath));

    public static ValueFileReadResult ReadBytes(byte[] bytes, string fileName = "values.csv")
    {
        using var stream = new MemoryStream(bytes);
        return ValueFileReader.Read(stream, fileName);
    }

    /// <summary>The text as UTF-8 without a byte order mark, or in <paramref name="encoding"/> with its preamble.</summary>
    public static ValueFileReadResult ReadText(string text, Encoding? encoding = null) =>
        ReadBytes(encoding is null ? Encoding.UTF8.GetBytes(text) : [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

    public static ValueFile ReadValidText(string text, Encoding? encoding = null) => Valid(ReadText(text, encoding));

    public static ValueFile Valid(ValueFileReadResult result)
    {
        Assert.True(result.Error is null, $"Expected a file but got: {result.Error}");
        return Assert.IsType<ValueFile>(result.File);
    }

    public static string Error(ValueFileReadResult result)
    {
        Assert.Null(result.File);
        return Assert.IsType<string>(result.Error);
    }

    /// <summary>A record's fields as "Field=text" lines, for comparing records whole.</summary>
    public static string Describe(ValueFileRecord record) =>
        $"row {record.Row}: " + string.Join(" | ", record.Fields.OrderBy(f => f.Key).Select(f => $"{f.Key}={f.Value}"));
}
