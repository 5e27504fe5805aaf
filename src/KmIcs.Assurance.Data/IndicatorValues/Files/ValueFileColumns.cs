using System.Collections.Frozen;
using System.Text;

namespace KmIcs.Assurance.Data.IndicatorValues.Files;

/// <summary>
/// The header names each format uses for each field. Names are compared after <see cref="Normalise"/>, because the same
/// export reaches the portal as "Indicator ID", "IndicatorID", "Indicator_ID" (analysts' renames) and "Indicator.ID"
/// (R's write.csv), and "Lower CI 95.0 limit" likewise.
/// </summary>
internal static class ValueFileColumns
{
    /// <summary>Names either format may use; the first name of a field is the one a message uses when the file lacks it.</summary>
    private static readonly (ValueField Field, string Name)[] Shared =
    [
        (ValueField.AreaCode, "Area code"),
        (ValueField.Value, "Value"),
        (ValueField.Count, "Count"),
        (ValueField.Denominator, "Denominator"),
        (ValueField.Provisional, "Provisional"),
        (ValueField.Note, "Note"),
        (ValueField.Source, "Source"),
        (ValueField.AreaName, "Area Name"),
        (ValueField.Sex, "Sex"),
        (ValueField.Age, "Age"),
        (ValueField.CategoryType, "Category Type"),
        (ValueField.Category, "Category"),
        (ValueField.ValueNote, "Value note"),
        (ValueField.TimePeriodSortable, "Time period Sortable"),
        (ValueField.TimePeriodRange, "Time period range"),
    ];

    private static readonly (ValueField Field, string Name)[] TemplateOnly =
    [
        (ValueField.IndicatorKey, "Indicator ref"),
        (ValueField.IndicatorKey, "Ref"),
        (ValueField.Period, "Period"),
        (ValueField.LowerCi, "Lower CI"),
        (ValueField.UpperCi, "Upper CI"),
        (ValueField.LowerCi, "Lower CI 95.0 limit"),
        (ValueField.UpperCi, "Upper CI 95.0 limit"),
    ];

    private static readonly (ValueField Field, string Name)[] FingertipsOnly =
    [
        (ValueField.IndicatorKey, "Indicator ID"),
        (ValueField.Period, "Time period"),
        (ValueField.LowerCi, "Lower CI 95.0 limit"),
        (ValueField.UpperCi, "Upper CI 95.0 limit"),
        (ValueField.LowerCi, "Lower CI"),
        (ValueField.UpperCi, "Upper CI"),
    ];

    /// <summary>
    /// Fingertips columns the import has no use for: names, parents, the 99.8% limits and Fingertips' own comparisons.
    /// They are in every export, so warning about them would bury the warnings that matter.
    /// </summary>
    private static readonly FrozenSet<string> FingertipsUnused = new[]
    {
        "Indicator Name", "Parent Code", "Parent Name", "Area Type", "Lower CI 99.8 limit", "Upper CI 99.8 limit",
        "Recent Trend", "New data", "Column not used",
    }.Select(Normalise).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Fingertips names its comparison columns after the comparator ("Compared to England value or percentiles").</summary>
    private static readonly string FingertipsComparisonPrefix = Normalise("Compared to");

    private static readonly FrozenDictionary<string, ValueField> TemplateNames = Lookup(TemplateOnly);

    private static readonly FrozenDictionary<string, ValueField> FingertipsNames = Lookup(FingertipsOnly);

    /// <summary>
    /// The columns that make a header one of the formats, each under that format's names: without all four a file
    /// cannot give a single value, so a header lacking one is some other file.
    /// </summary>
    public static readonly IReadOnlyList<ValueField> RequiredFields =
        [ValueField.IndicatorKey, ValueField.Period, ValueField.AreaCode, ValueField.Value];

    /// <summary>The legacy Fingertips (PHOLIO) upload format: IndicatorId, Year, YearRange, Quarter, Month, AgeId, SexId, AreaCode, …</summary>
    public static readonly FrozenSet<string> LegacyUploadSignature = Signature("IndicatorId", "Year", "YearRange", "AgeId", "SexId", "AreaCode");

    /// <summary>The FingertipsNext upload format: area_code, date_from, date_to, period_type, …</summary>
    public static readonly FrozenSet<string> NextUploadSignature = Signature("area_code", "date_from", "date_to", "period_type");

    /// <summary>
    /// Lower case with spaces, underscores and dots removed ("Lower.CI.95.0.limit" becomes "lowerci950limit"). A stray
    /// byte order mark, which some tools leave at the start of the first name, goes too.
    /// </summary>
    public static string Normalise(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (!char.IsWhiteSpace(c) && c is not ('_' or '.' or '\uFEFF'))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The field a normalised header name stands for in the format, if any.</summary>
    public static bool TryGetField(ValueFileFormat format, string normalisedName, out ValueField field) =>
        (format == ValueFileFormat.Template ? TemplateNames : FingertipsNames).TryGetValue(normalisedName, out field);

    /// <summary>Whether a column is one the format is known to carry and the import deliberately leaves alone.</summary>
    public static bool IsKnownUnused(ValueFileFormat format, string normalisedName) =>
        format == ValueFileFormat.Fingertips
        && (FingertipsUnused.Contains(normalisedName)
            || normalisedName.StartsWith(FingertipsComparisonPrefix, StringComparison.Ordinal));

    /// <summary>The name the format usually gives a field: the template's header, or Fingertips' for its own columns.</summary>
    public static string UsualName(ValueFileFormat format, ValueField field)
    {
        var own = format == ValueFileFormat.Template ? TemplateOnly : FingertipsOnly;
        return own.Concat(Shared).First(entry => entry.Field == field).Name;
    }

    private static FrozenDictionary<string, ValueField> Lookup((ValueField Field, string Name)[] own)
    {
        var names = new Dictionary<string, ValueField>(StringComparer.Ordinal);
        foreach (var (field, name) in own.Concat(Shared))
        {
            names.TryAdd(Normalise(name), field);
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string> Signature(params string[] names) =>
        names.Select(Normalise).ToFrozenSet(StringComparer.Ordinal);
}
