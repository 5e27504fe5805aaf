namespace KmIcs.Assurance.Domain.Searching;

/// <summary>
/// What a search box's text matches: each word cut to a stem (a search for "smoking" finds "smoke", "smokers" and
/// "smoked"), every stem must appear, in any order. Stems are matched as substrings in SQL, so they work the same on
/// SQLite and PostgreSQL without a full-text index; a stem is never shorter than <see cref="MinimumStem"/> letters, so
/// "care" stays "care" rather than becoming "car" (and matching "cardiovascular").
/// </summary>
public static class SearchTerms
{
    public const int MinimumStem = 4;

    // Longest first: the first ending that leaves a long enough stem is cut.
    private static readonly string[] Endings = ["ingly", "edly", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "ly", "s", "y", "e"];

    /// <summary>The lower-case stems of the words in <paramref name="text"/>, without repeats.</summary>
    public static IReadOnlyList<string> Stems(string? text) =>
        (text ?? "")
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => new string(word.Where(c => char.IsLetterOrDigit(c) || c is '-' or '.' or '\'').ToArray()).Trim('-', '.', '\'').ToLowerInvariant())
            .Where(word => word.Length > 0)
            .Select(Stem)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var ending in Endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal) && word.Length - ending.Length >= MinimumStem)
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }
}
