namespace KmIcs.Assurance.Data.Packs;

/// <summary>
/// One meeting on the work programme: when it sits, which committee, when papers are due and how many days are left
/// (negative once the deadline has passed, null when the committee sets none), what the clerk plans to send, and the
/// packs already filed against it.
/// </summary>
public sealed record ProgrammeMeeting(
    Guid MeetingId,
    string Title,
    Guid CommitteeId,
    string CommitteeName,
    DateOnly Date,
    DateOnly? PapersDeadline,
    int? DaysUntilDeadline,
    string? PacksDue,
    IReadOnlyList<MeetingPack> Packs);
