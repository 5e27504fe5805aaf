using System.Globalization;

namespace KmIcs.Assurance.Reporting.Text;

/// <summary>
/// A count with its noun in agreement ("1 commitment", "2 commitments"), so no page or pack prints "1 priorities".
/// Nouns whose plural is not the singular plus "s" ("priority", "entry") name their plural.
/// </summary>
public static class Plural
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"1 commitment", "12 commitments", "1,204 commitments".</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        $"{count.ToString("N0", English)} {Noun(count, singular, plural)}";

    /// <summary>The noun alone, for sentences that put words between the number and its noun.</summary>
    public static string Noun(int count, string singular, string? plural = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(singular);
        return count == 1 ? singular : plural ?? singular + "s";
    }
}
