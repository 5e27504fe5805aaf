using KmIcs.Assurance.Domain.Packs;

namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>What a clerk asked for: the options that, with the data as at <see cref="AsAt"/>, decide a pack's content.</summary>
public sealed record PackRequest(
    PackKind Kind,
    PackScope Scope,
    string Title,
    string Marking,
    DateOnly AsAt,
    int DocumentVersion,
    PackMeeting? Meeting);
