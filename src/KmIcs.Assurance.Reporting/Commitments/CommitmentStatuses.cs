using KmIcs.Assurance.Domain.ProgressReporting;

namespace KmIcs.Assurance.Reporting.Commitments;

/// <summary>Words and NHS.UK tag colours for a commitment's status and an update's state, shared by pages and packs.</summary>
public static class CommitmentStatuses
{
    public static IReadOnlyList<CommitmentStatus> Order { get; } =
        [CommitmentStatus.OnTrack, CommitmentStatus.SomeRisk, CommitmentStatus.OffTrack, CommitmentStatus.Complete, CommitmentStatus.NotStarted];

    public static string Text(CommitmentStatus status) => status switch
    {
        CommitmentStatus.OnTrack => "On track",
        CommitmentStatus.SomeRisk => "Some risk",
        CommitmentStatus.OffTrack => "Off track",
        CommitmentStatus.Complete => "Complete",
        CommitmentStatus.NotStarted => "Not started",
    };

    /// <summary>Shown for a commitment with no approved status yet.</summary>
    public const string NotReported = "Not yet reported";

    public static string TagClass(CommitmentStatus? status) => status switch
    {
        CommitmentStatus.OnTrack => "nhsuk-tag--green",
        CommitmentStatus.SomeRisk => "nhsuk-tag--orange",
        CommitmentStatus.OffTrack => "nhsuk-tag--red",
        CommitmentStatus.Complete => "nhsuk-tag--blue",
        CommitmentStatus.NotStarted => "nhsuk-tag--white",
        null => "nhsuk-tag--grey",
    };

    public static string Text(UpdateState state) => state switch
    {
        UpdateState.Draft => "Draft",
        UpdateState.Submitted => "Submitted for review",
        UpdateState.Returned => "Returned for changes",
        UpdateState.Approved => "Approved",
    };

    public static string TagClass(UpdateState state) => state switch
    {
        UpdateState.Draft => "nhsuk-tag--grey",
        UpdateState.Submitted => "nhsuk-tag--blue",
        UpdateState.Returned => "nhsuk-tag--orange",
        UpdateState.Approved => "nhsuk-tag--green",
    };
}
