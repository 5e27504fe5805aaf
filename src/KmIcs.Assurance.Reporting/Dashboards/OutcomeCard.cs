using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Domain.Ratings;
using KmIcs.Assurance.Domain.Strategies;

namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>One outcome or enabler on the system overview: how its indicators, commitments and milestones stand.</summary>
public sealed record OutcomeCard(
    string Number,
    string Title,
    OutcomeKind Kind,
    int IndicatorCount,
    IReadOnlyDictionary<Rag, int> RagCounts,
    IReadOnlyDictionary<DirectionOfTravel, int> DirectionCounts,
    int PriorityCount,
    int CommitmentCount,
    IReadOnlyDictionary<CommitmentStatus, int> StatusCounts,
    int NotReported,
    int StaleUpdates,
    int MilestoneCount,
    int OverdueMilestones)
{
    /// <summary>An approved status older than this is stale: the ICP should not rely on it for a meeting.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(183);

    public int Status(CommitmentStatus status) => StatusCounts.GetValueOrDefault(status);

    public int Rag(Rag rag) => RagCounts.GetValueOrDefault(rag);

    public int Direction(DirectionOfTravel direction) => DirectionCounts.GetValueOrDefault(direction);
}
