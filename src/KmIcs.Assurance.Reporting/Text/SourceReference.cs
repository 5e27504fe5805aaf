using System.Globalization;
using System.Text.RegularExpressions;

namespace KmIcs.Assurance.Reporting.Text;

/// <summary>
/// Turns a transcriber's citation ("002 SDP v1.8 line 3029 (columns read from 000 SDP v1.6 line 814)") into the plain
/// source reference a member reads ("Shared Delivery Plan v1.8"): the seed file's number, line and page numbers and
/// remarks in brackets say where a transcriber found a value, which only a tenant admin checking the import needs.
/// </summary>
public static partial class SourceReference
{
    /// <summary>Abbreviations the partnership's papers are cited by, and their names.</summary>
    private static readonly (Regex Abbreviation, string Name)[] Names =
    [
        (new Regex(@"\bSDP\b", RegexOptions.CultureInvariant), "Shared Delivery Plan"),
        (new Regex(@"\bHWB\b", RegexOptions.CultureInvariant), "Health and Wellbeing Board"),
    ];

    /// <summary>The document named by <paramref name="citation"/>, or null when it names none.</summary>
    public static string? Plain(string? citation)
    {
        if (string.IsNullOrWhiteSpace(citation))
        {
            return null;
        }

        var text = Remark().Replace(citation, " ");
        text = FileNumber().Replace(text, "");
        text = Location().Replace(text, " ");
        foreach (var (abbreviation, name) in Names)
        {
            text = abbreviation.Replace(text, name);
        }

        text = Spaces().Replace(text, " ").Trim(' ', ',', ';', ':', '-');
        return text.Length == 0 ? null : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
    }

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Remark();

    [GeneratedRegex(@"^\s*\d{3}\b")]
    private static partial Regex FileNumber();

    [GeneratedRegex(@"\b(lines?|pp?\.|pages?)\s*\d+(\s*[-–]\s*\d+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Location();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
