using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Indicators;

/// <summary>
/// One state of a value: the figures as they stood after an entry, a correction or an import, who made it, when and
/// why. A correction adds a revision and never overwrites one, so the history of a published figure can always be read
/// back (what the committee saw, and what it says now). Revision 1 is the first figure recorded.
/// </summary>
public class IndicatorValueRevision : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid IndicatorValueId { get; init; }

    /// <summary>1 for the first figure, then 2, 3, ...</summary>
    public int Number { get; init; }

    public decimal? Value { get; init; }

    public decimal? LowerCi { get; init; }

    public decimal? UpperCi { get; init; }

    public decimal? Numerator { get; init; }

    public decimal? Denominator { get; init; }

    public bool IsProvisional { get; init; }

    public string? Note { get; init; }

    public string? Source { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>The person's name as it was when they acted, or the process ("strategy seed", "cli import-values").</summary>
    public required string RecordedBy { get; init; }

    /// <summary>Why the figure changed; required when a final (not provisional) figure is corrected.</summary>
    public string? Reason { get; init; }

    /// <summary>The import that wrote this revision, if it came from a file.</summary>
    public Guid? ValueImportId { get; init; }
}
