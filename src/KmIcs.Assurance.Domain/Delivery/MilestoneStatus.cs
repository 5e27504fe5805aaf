namespace KmIcs.Assurance.Domain.Delivery;

/// <summary>Seed format names. Unknown is what the documents give when they print no status.</summary>
public enum MilestoneStatus
{
    NotStarted,
    InProgress,
    Complete,
    Unknown,
}
