using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>
/// A value as it stands (<paramref name="Value"/> is null when the source has no number) and every state it has had,
/// oldest first, with the file each imported state came from. A seeded value has no revisions until it is first changed.
/// </summary>
public sealed record ValueHistory(Guid ValueId, ReportingPeriod Period, string Area, decimal? Value, bool IsProvisional, IReadOnlyList<RevisionEntry> Revisions)
{
    /// <summary>A value is revised once a second figure has replaced its first.</summary>
    public bool IsRevised => Revisions.Count > 1;
}

/// <summary>One revision, with the provenance of the file that wrote it, if any.</summary>
public sealed record RevisionEntry(IndicatorValueRevision Revision, string? FileName, string? FileSha256);
