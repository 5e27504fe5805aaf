namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>
/// A clerk's choices for a new pack, as text from the form or the command line: <see cref="PackArchive"/> checks each
/// and names the field of any it refuses. <see cref="Kind"/> is "annual" or "deep-dive"; a deep dive names exactly one
/// of an outcome, a priority, or a selection of indicator references and commitment ids. <see cref="AsAtUnreadable"/> says
/// the form's date boxes held something that is not a date: the pack is refused rather than made as at today.
/// </summary>
public sealed record PackOptions(
    string? Kind,
    string? Outcome = null,
    string? PriorityId = null,
    IReadOnlyList<string>? IndicatorRefs = null,
    IReadOnlyList<string>? CommitmentIds = null,
    DateOnly? AsAt = null,
    string? MeetingId = null,
    string? Title = null,
    string? Marking = null,
    bool AsAtUnreadable = false)
{
    public const string AnnualKind = "annual";
    public const string DeepDiveKind = "deep-dive";

    /// <summary>The Government Security Classifications a pack may carry; OFFICIAL unless a clerk chooses otherwise.</summary>
    public static IReadOnlyList<string> Markings { get; } = ["OFFICIAL", "OFFICIAL-SENSITIVE"];
}
