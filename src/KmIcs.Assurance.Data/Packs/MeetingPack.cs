using KmIcs.Assurance.Domain.Packs;

namespace KmIcs.Assurance.Data.Packs;

/// <summary>A pack filed against a meeting, as the work programme lists it: never its PDF or model, only what names it.</summary>
public sealed record MeetingPack(Guid Id, string Title, int DocumentVersion, PackStatus Status);
