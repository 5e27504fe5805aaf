using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KmIcs.Assurance.Data.StrategyDocuments;

/// <summary>Reads and writes strategy and indicator documents, strictly: unknown or missing fields are errors.</summary>
public static class StrategyDocumentSerializer
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        WriteIndented = true,
        IndentSize = 2,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Keep curly quotes, dashes and pound signs readable in exported files.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static T Read<T>(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return JsonSerializer.Deserialize<T>(stream, Options)
                ?? throw new SeedDataException([new SeedProblem(file, "$", "the file is empty (null)")]);
        }
        catch (JsonException error)
        {
            var where = error.LineNumber is { } line ? $" (line {line + 1}, position {error.BytePositionInLine + 1})" : "";
            throw new SeedDataException([new SeedProblem(file, error.Path ?? "$", FirstSentence(error.Message) + where)]);
        }
    }

    public static string Write<T>(T document) => JsonSerializer.Serialize(document, Options);

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
