using KmIcs.Assurance.Data.IndicatorValues.Files;

namespace KmIcs.Assurance.Data.IndicatorValues.ValueImports;

/// <summary>The age bands a Fingertips file has for each indicator id (headline rows only), to find the one to take.</summary>
public sealed class FingertipsAges
{
    public const string AllAges = "All ages";

    private readonly Dictionary<string, HashSet<string>> byIndicator;

    private FingertipsAges(Dictionary<string, HashSet<string>> byIndicator) => this.byIndicator = byIndicator;

    public static FingertipsAges Of(ValueFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var ages = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var record in file.Records.Where(r => string.IsNullOrEmpty(r[ValueField.CategoryType])))
        {
            var id = record[ValueField.IndicatorKey]?.Trim() ?? "";
            if (!ages.TryGetValue(id, out var set))
            {
                ages[id] = set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            set.Add(record[ValueField.Age]?.Trim() ?? "");
        }

        return new FingertipsAges(ages);
    }

    /// <summary>The band to take without a configured one: the only band, else "All ages" if present, else none.</summary>
    public string? DefaultFor(string indicatorId)
    {
        if (!byIndicator.TryGetValue(indicatorId, out var set))
        {
            return null;
        }

        return set.Count == 1 ? set.First() : set.Contains(AllAges) ? AllAges : null;
    }
}
