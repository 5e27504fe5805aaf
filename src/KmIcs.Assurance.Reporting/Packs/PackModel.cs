using KmIcs.Assurance.Domain.Delivery;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Domain.Ratings;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Reporting.Charts;

namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>
/// Everything a pack prints, taken in one read at its as-at time and never changed after: judgements are made and
/// figures formatted when the model is taken, so the document printed from this model's JSON today and in five years
/// is the same. Stored with the pack (<see cref="PackJson"/>); two models are compared for "changed since the last pack".
/// </summary>
public sealed record PackModel(
    int Format,
    PackKind Kind,
    string Scope,
    string ScopeTitle,
    string Title,
    string Marking,
    DateOnly AsAt,
    int DocumentVersion,
    DateTimeOffset TakenAt,
    string Partnership,
    string StrategyTitle,
    string? StrategyVersion,
    PackMeeting? Meeting,
    IReadOnlyList<PackIndicator> GoalIndicators,
    IReadOnlyList<PackSection> Sections,
    IReadOnlyList<PackExceptionItem> Exceptions,
    PackDataQuality DataQuality,
    IReadOnlyList<PackLogEntry> AssuranceLog,
    PackChanges Changes)
{
    /// <summary>The model's layout; a reader of stored JSON can tell an old pack from a new one.</summary>
    public const int CurrentFormat = 1;

    /// <summary>Every indicator the pack judges: the strategy's goal and purpose indicators, then each section's.</summary>
    public IEnumerable<PackIndicator> Indicators => GoalIndicators.Concat(Sections.SelectMany(s => s.Indicators));

    public IEnumerable<PackCommitment> Commitments => Sections.SelectMany(s => s.Priorities).SelectMany(p => p.Commitments);
}

public sealed record PackMeeting(string Committee, string Title, DateOnly Date, DateOnly? PapersDeadline);

/// <summary>An outcome or enabler as the pack shows it; a deep dive keeps only the parts of it in scope.</summary>
public sealed record PackSection(
    string Number,
    string Title,
    OutcomeKind Kind,
    string? Narrative,
    IReadOnlyList<string> IStatements,
    IReadOnlyList<string> WhatWeHeard,
    PackSummary Summary,
    IReadOnlyList<PackIndicator> Indicators,
    IReadOnlyList<PackPriority> Priorities,
    IReadOnlyList<PackMilestone> Milestones,
    IReadOnlyList<PackDeliveryExample> DeliveryExamples,
    IReadOnlyList<PackCompletion> Completion)
{
    /// <summary>"Outcome 3: ..." or "Enabler E1: ...", as the strategy names it.</summary>
    public string Heading => $"{Label}: {Title}";

    /// <summary>"Outcome 3" or "Enabler E1": how tables of findings name the section.</summary>
    public string Label => $"{(Kind == OutcomeKind.Enabler ? "Enabler" : "Outcome")} {Number}";
}

/// <summary>The executive summary's line for a section: counts of each judgement and status, and its key exceptions.</summary>
public sealed record PackSummary(
    int IndicatorCount,
    IReadOnlyDictionary<Rag, int> Rag,
    IReadOnlyDictionary<BenchmarkComparison, int> Benchmark,
    IReadOnlyDictionary<DirectionOfTravel, int> Direction,
    int CommitmentCount,
    IReadOnlyDictionary<CommitmentStatus, int> Statuses,
    int NotReported,
    int MilestoneCount,
    int OverdueMilestones,
    IReadOnlyList<string> KeyExceptions);

/// <summary>
/// An indicator judged at the as-at date in its headline area, with its figures formatted as pages print them, the
/// chart of its headline series and, for a deep dive, every area it reports.
/// </summary>
public sealed record PackIndicator(
    string Ref,
    string Statement,
    IndicatorSet Set,
    IndicatorStatus Status,
    string? MeansOfVerification,
    string? DataSource,
    string Geography,
    string? Latest,
    string? LatestPeriod,
    bool Provisional,
    string? Target,
    string? TargetPeriod,
    string? Baseline,
    Rag Rag,
    DirectionOfTravel Direction,
    BenchmarkComparison Benchmark,
    string BenchmarkArea,
    string? BenchmarkValue,
    string Summary,
    PackChart? Chart,
    IReadOnlyList<PackArea> Areas,
    IReadOnlyList<PackValue> Values);

/// <summary>A trend chart, its geometry computed when the model was taken, with the text alternative and legend words.</summary>
public sealed record PackChart(TrendChartModel Model, string Title, string Description, string? TargetText, string? FloorText);

/// <summary>One area of an indicator judged on its own (deep dives), with a chart of that area against the benchmark.</summary>
public sealed record PackArea(
    string Geography,
    string? Latest,
    string? LatestPeriod,
    bool Provisional,
    string? Target,
    Rag Rag,
    DirectionOfTravel Direction,
    BenchmarkComparison Benchmark,
    string? BenchmarkValue,
    PackChart? Chart);

/// <summary>One value as the values table prints it; <see cref="Value"/> is formatted with the indicator's unit.</summary>
public sealed record PackValue(string Period, string Geography, string Value, string? ConfidenceInterval, bool Provisional, string? Note);

public sealed record PackPriority(string Title, IReadOnlyList<PackCommitment> Commitments);

/// <summary>
/// A commitment with its approved status and latest approved narrative; for a deep dive also every lead body's updates
/// in the period and the history of its status.
/// </summary>
public sealed record PackCommitment(
    Guid Id,
    string Text,
    IReadOnlyList<string> Plans,
    IReadOnlyList<string> LeadBodies,
    CommitmentStatus? Status,
    DateTimeOffset? DecidedAt,
    bool StatusIsStale,
    string? Narrative,
    string? NarrativeBy,
    DateTimeOffset? NarrativeApprovedAt,
    IReadOnlyList<PackUpdate> Updates,
    IReadOnlyList<PackDecision> History);

/// <summary>A lead body's update as it stood at the as-at time (approved, submitted, or still a draft).</summary>
public sealed record PackUpdate(
    string Organisation,
    string? Round,
    CommitmentStatus? Status,
    UpdateState State,
    string? Progress,
    string? Milestones,
    string? RisksAndIssues,
    string? NextSteps,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ReviewedAt);

public sealed record PackDecision(int Sequence, CommitmentStatus Status, string? Reason, string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>How far one lead body has reported on the commitments of the scope it leads in the latest round.</summary>
public sealed record PackCompletion(string Organisation, int Expected, int Approved, int Submitted, int Draft, int NotStarted);

public sealed record PackMilestone(
    string Title,
    string DeliveryExample,
    DateOnly? Due,
    DuePrecision Precision,
    MilestoneStatus Status,
    bool Overdue,
    IReadOnlyList<string> LeadBodies);

public sealed record PackDeliveryExample(string Title, string? Description, IReadOnlyList<string> LeadBodies, IReadOnlyList<PackMilestone> Milestones);

public enum PackExceptionKind
{
    IndicatorOffTrack,
    CommitmentOffTrack,
    StaleData,
    StaleStatus,
    OverdueMilestone,
    MissingUpdate,
}

/// <summary>Something the committee should look at: what it is, where it sits, and the organisation concerned if any.</summary>
public sealed record PackExceptionItem(PackExceptionKind Kind, string Section, string Subject, string Detail, string? Organisation);

public sealed record PackDataQuality(
    IReadOnlyList<PackDataItem> Provisional,
    IReadOnlyList<PackDataItem> Missing,
    IReadOnlyList<PackDataItem> WorkInProgress,
    IReadOnlyList<PackConflict> Conflicts);

/// <summary>An indicator named in the data-quality section, with why.</summary>
public sealed record PackDataItem(string Ref, string Statement, string Section, string Detail);

/// <summary>An unsettled disagreement between source documents; each alternative reads "value (source)".</summary>
public sealed record PackConflict(string Subject, string? Field, string? IndicatorRef, IReadOnlyList<string> Alternatives, string? Note);

/// <summary>A change since the last pack of the same kind: a value revised or a commitment's status decided.</summary>
public sealed record PackLogEntry(DateTimeOffset At, string Kind, string Subject, string Detail, string By);

/// <summary>What changed between the last pack of the same kind and this one, worked out from the two models.</summary>
public sealed record PackChanges(
    PackPrevious? Previous,
    IReadOnlyList<PackRatingChange> Ratings,
    IReadOnlyList<PackNewValue> NewValues,
    IReadOnlyList<PackStatusChange> Statuses,
    IReadOnlyList<PackExceptionItem> NewExceptions)
{
    public static PackChanges None { get; } = new(null, [], [], [], []);
}

public sealed record PackPrevious(Guid Id, string Title, int DocumentVersion, DateOnly AsAt);

public sealed record PackRatingChange(string Ref, string Statement, Rag Before, Rag After);

public sealed record PackNewValue(string Ref, string Period, string Geography, string Value);

public sealed record PackStatusChange(Guid CommitmentId, string Commitment, CommitmentStatus? Before, CommitmentStatus? After);
