using System.Text;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Domain.Strategies;

namespace KmIcs.Assurance.Reporting.Packs.Document;

/// <summary>One top-level section of a pack: the element id of its heading and the heading's exact text.</summary>
public sealed record PackContentsEntry(string Id, string Heading);

/// <summary>
/// The pack's top-level sections in print order. The document takes every heading and id from here, so the contents
/// page, the printer's page-number pass and the document cannot disagree.
/// </summary>
public static class PackContents
{
    public static IReadOnlyList<PackContentsEntry> For(PackModel model) => PackOutline.For(model).Entries;

    /// <summary>Lower-case letters, digits and single hyphens, so any text can become part of an id or a fragment link.</summary>
    internal static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().TrimEnd('-');
    }
}

/// <summary>The entries by role, so each part of the document is given its own heading.</summary>
internal sealed record PackOutline(
    PackContentsEntry Summary,
    PackContentsEntry? Changes,
    PackContentsEntry? Goals,
    IReadOnlyList<(PackSection Section, PackContentsEntry Entry)> Sections,
    PackContentsEntry Exceptions,
    PackContentsEntry DataQuality,
    PackContentsEntry Ratings,
    PackContentsEntry Log,
    PackContentsEntry Glossary)
{
    public IReadOnlyList<PackContentsEntry> Entries =>
    [
        Summary,
        .. Changes is null ? [] : new[] { Changes },
        .. Goals is null ? [] : new[] { Goals },
        .. Sections.Select(s => s.Entry),
        Exceptions,
        DataQuality,
        Ratings,
        Log,
        Glossary,
    ];

    public static PackOutline For(PackModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var annual = model.Kind == PackKind.Annual;
        // Numbers that differ only in punctuation ("3.1" and "3-1") slug alike; a suffix keeps every fragment link unique.
        var used = new HashSet<string>(StringComparer.Ordinal);
        var sections = model.Sections
            .Select(s => (s, new PackContentsEntry(Unique(SectionId(s), used), s.Heading)))
            .ToList();
        return new PackOutline(
            annual ? new("section-executive-summary", "Executive summary") : new("section-summary", "Summary"),
            annual ? new("section-changes", "What changed since the last pack") : null,
            model.GoalIndicators.Count > 0 ? new("section-goals", "Goal and purpose indicators") : null,
            sections,
            new("section-exceptions", "Exceptions"),
            new("section-data-quality", "Data quality"),
            new("section-appendix-a", "Appendix A: How each rating is worked out"),
            new("section-appendix-b", "Appendix B: Assurance log"),
            new("section-appendix-c", "Appendix C: Glossary"));
    }

    private static string SectionId(PackSection section) =>
        $"section-{(section.Kind == OutcomeKind.Enabler ? "enabler" : "outcome")}-{PackContents.Slug(section.Number)}".TrimEnd('-');

    private static string Unique(string id, HashSet<string> used)
    {
        var candidate = id;
        for (var n = 2; !used.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }
}
