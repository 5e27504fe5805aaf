using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Ratings;
using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Indicators;

/// <summary>
/// The current value of an indicator for one period and one area. The Data layer keeps one row per
/// (indicator, period, geography), which the direction rule relies on; every state it has had is an
/// <see cref="IndicatorValueRevision"/>.
/// </summary>
public class IndicatorValue : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid IndicatorId { get; init; }

    public required ReportingPeriod Period { get; set; }

    public required string Geography { get; set; }

    /// <summary>Null when the source has no number ("nca", suppressed); <see cref="Note"/> then says why.</summary>
    public decimal? Value { get; set; }

    public decimal? Numerator { get; set; }

    public decimal? Denominator { get; set; }

    /// <summary>Lower confidence limit (Fingertips publishes 95%); with <see cref="UpperCi"/> it drives the benchmark comparison.</summary>
    public decimal? LowerCi { get; set; }

    public decimal? UpperCi { get; set; }

    /// <summary>In-year figures are provisional management information and may be revised.</summary>
    public bool IsProvisional { get; set; }

    public string? Source { get; set; }

    public string? Note { get; set; }

    /// <summary>
    /// The RAG a source document printed for this value. Stored beside the rating our rule computes, never instead
    /// of it, so a reader can see where the two differ (a floor we do not know, a target revised mid-year).
    /// </summary>
    public Rag? PublishedRag { get; set; }

    /// <summary>The direction-of-travel arrow a source document printed, kept for the same reason as <see cref="PublishedRag"/>.</summary>
    public DirectionOfTravel? PublishedDirection { get; set; }

    /// <summary>The source file's own sort key for the period (Fingertips' "Time period Sortable", "20150100").</summary>
    public string? SourcePeriodKey { get; set; }

    /// <summary>
    /// Optimistic concurrency token: the Data layer checks and increments it on every save, so an edit made from a
    /// stale copy is refused with a conflict message instead of silently overwriting someone else's change.
    /// </summary>
    public int Version { get; set; }
}
