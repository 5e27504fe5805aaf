using System.Text.Json;
using System.Text.Json.Serialization;
using KmIcs.Assurance.Domain.Periods;

namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>The one way a pack model is written to and read from its archive row.</summary>
public static class PackJson
{
    // A stored model missing a part, or holding null where the model allows none, is refused rather than read as empty.
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(), new ReportingPeriodConverter() },
    };

    public static string Write(PackModel model) => JsonSerializer.Serialize(model, Options);

    public static PackModel Read(string json) =>
        JsonSerializer.Deserialize<PackModel>(json, Options) ?? throw new JsonException("The stored pack model is empty.");

    /// <summary>A period as its canonical text ("2023/24", "Q3 2024/25"), the same text the database stores.</summary>
    private sealed class ReportingPeriodConverter : JsonConverter<ReportingPeriod>
    {
        public override ReportingPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ReportingPeriod.Parse(reader.GetString() ?? throw new JsonException("A reporting period is missing."));

        public override void Write(Utf8JsonWriter writer, ReportingPeriod value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
