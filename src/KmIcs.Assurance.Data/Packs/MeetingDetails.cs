namespace KmIcs.Assurance.Data.Packs;

/// <summary>
/// A meeting as the clerk's form gives it. Everything may be missing (a committee not chosen, a date not typed):
/// <see cref="MeetingService"/> says what is wrong with each field rather than the page guessing.
/// </summary>
public sealed record MeetingDetails(Guid? CommitteeId, string? Title, DateOnly? Date, DateOnly? PapersDeadline, string? PacksDue);
