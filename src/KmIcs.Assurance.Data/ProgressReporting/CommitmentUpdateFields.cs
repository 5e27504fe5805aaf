namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>
/// The update form's field names, as the errors of <see cref="CommitmentUpdateService"/> name them (so the page can
/// link each message in the NHS.UK error summary to its field), with the labels the messages use.
/// </summary>
public static class CommitmentUpdateFields
{
    public const string Status = "status";
    public const string Progress = "progress";
    public const string MilestonesProgress = "milestones-progress";
    public const string RisksAndIssues = "risks-and-issues";
    public const string NextSteps = "next-steps";
    public const string EvidenceUrl = "evidence-url";
    public const string Comment = "comment";
    public const string Organisation = "organisation";

    /// <summary>Every editable field of an update, in form order.</summary>
    public static IReadOnlyList<string> Editable { get; } = [Status, Progress, MilestonesProgress, RisksAndIssues, NextSteps, EvidenceUrl];

    public static string Label(string field) => field switch
    {
        Status => "Status",
        Progress => "Progress",
        MilestonesProgress => "Milestones progress",
        RisksAndIssues => "Risks and issues",
        NextSteps => "Next steps",
        EvidenceUrl => "Link to evidence",
        Comment => "Comment",
        Organisation => "Organisation",
        _ => field,
    };
}
