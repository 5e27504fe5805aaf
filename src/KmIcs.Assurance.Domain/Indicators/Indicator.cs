using KmIcs.Assurance.Domain.Conflicts;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Indicators;

/// <summary>
/// A measure the partnership watches: a logframe objectively verifiable indicator ("3.4", "G.1") or a commissioned
/// service's KPI ("PH03"). Polarity, unit and decimals live here because every judgement (RAG, direction,
/// benchmark) needs them; targets and values are child rows because they vary by area and period.
/// </summary>
public class Indicator : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public IndicatorSet IndicatorSet { get; set; }

    /// <summary>The reference the source prints ("3.4", "G.1", "PH03"); unique within a set.</summary>
    public required string Ref { get; set; }

    public IndicatorLevel Level { get; set; }

    /// <summary>The outcome it evidences; null for Goal and Purpose indicators.</summary>
    public Guid? OutcomeId { get; set; }

    /// <summary>The commissioned service a KPI belongs to ("Health Visiting"); null for logframe indicators.</summary>
    public string? Service { get; set; }

    /// <summary>The indicator text exactly as the source gives it.</summary>
    public required string Statement { get; set; }

    public string? MeansOfVerification { get; set; }

    public string? Notes { get; set; }

    /// <summary>Whether the strategy document itself lists this indicator (the logframe's "Included in strategy.").</summary>
    public bool IncludedInStrategy { get; set; }

    public IndicatorStatus Status { get; set; }

    public Polarity Polarity { get; set; }

    public IndicatorUnit Unit { get; set; }

    /// <summary>The unit as printed ("%", "per 100,000").</summary>
    public string? UnitLabel { get; set; }

    /// <summary>Decimal places shown; also sets the direction rule's tolerance (half the last shown place).</summary>
    public int Decimals { get; set; }

    /// <summary>How often new data is published; with <see cref="PublicationLagMonths"/> it says when data is overdue.</summary>
    public DataFrequency? Frequency { get; set; }

    /// <summary>Months from the end of a period to the publication of its data (Fingertips' usual lag is 12 to 18).</summary>
    public int? PublicationLagMonths { get; set; }

    /// <summary>Who publishes the data ("OHID Fingertips", "NHS England SUS").</summary>
    public string? DataSource { get; set; }

    /// <summary>The kind of period values are reported for; null when the values themselves say.</summary>
    public PeriodKind? PeriodKind { get; set; }

    /// <summary>The area every value is compared with: England unless a named comparator is set.</summary>
    public string BenchmarkArea { get; set; } = Areas.Area.England;

    /// <summary>The Fingertips sex breakdown that is this indicator's headline ("Persons" when null).</summary>
    public string? Sex { get; set; }

    /// <summary>The Fingertips age band that is this indicator's headline ("All ages", "18+ yrs"); null accepts the file's only or "All ages" band.</summary>
    public string? Age { get; set; }

    public List<IndicatorGeography> Geographies { get; } = [];

    public List<IndicatorExternalId> ExternalIds { get; } = [];

    public decimal? BaselineValue { get; set; }

    public ReportingPeriod? BaselinePeriod { get; set; }

    public string? BaselineGeography { get; set; }

    public string? BaselineSource { get; set; }

    public List<IndicatorTarget> Targets { get; } = [];

    public List<IndicatorTrajectoryPoint> Trajectory { get; } = [];

    public List<IndicatorValue> Values { get; } = [];

    /// <summary>Disagreements between source documents about this indicator, left for a person to settle.</summary>
    public List<SeedConflict> Conflicts { get; } = [];

    /// <summary>
    /// Optimistic concurrency token: the Data layer checks and increments it on every save, so an edit made from a
    /// stale copy is refused with a conflict message instead of silently overwriting someone else's change.
    /// </summary>
    public int Version { get; set; }
}
