using System.Globalization;
using System.Text;

namespace KmIcs.Assurance.Data.Tests.SqlServer;

/// <summary>A failure message for a golden-file comparison: where the texts first part, a few lines of each, and how to accept the new text.</summary>
internal static class GoldenDiff
{
    private const int ContextLines = 3;
    private const int ShownLines = 12;

    public static string Describe(string goldenFile, string expected, string actual, string updateVariable)
    {
        var want = expected.Split('\n');
        var got = actual.Split('\n');
        var first = 0;
        while (first < want.Length && first < got.Length && want[first] == got[first])
        {
            first++;
        }

        var from = Math.Max(0, first - ContextLines);
        var message = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"The generated SQL Server script differs from {goldenFile} ({want.Length} lines committed, {got.Length} generated), first at line {first + 1}.")
            .AppendLine("Committed:");
        AppendLines(message, want, from, first);
        message.AppendLine("Generated:");
        AppendLines(message, got, from, first);
        return message
            .AppendLine(CultureInfo.InvariantCulture, $"If the change is intended, read the new DDL, then regenerate with {updateVariable}=1 dotnet test tests/KmIcs.Assurance.Data.Tests --filter FullyQualifiedName~MigrationScriptGolden")
            .Append("and commit the file with the migration.")
            .ToString();
    }

    private static void AppendLines(StringBuilder message, string[] lines, int from, int first)
    {
        for (var index = from; index < Math.Min(lines.Length, first + ShownLines); index++)
        {
            message.Append(index == first ? "  > " : "    ").Append(index + 1).Append(": ").AppendLine(lines[index]);
        }
    }
}
