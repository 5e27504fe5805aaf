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
    int MilestoneCount,
    int OverdueMilestones)
{
    public int Rag(Rag rag) => RagCounts.GetValueOrDefault(rag);

    public int Direction(DirectionOfTravel direction) => DirectionCounts.GetValueOrDefault(direction);
}
