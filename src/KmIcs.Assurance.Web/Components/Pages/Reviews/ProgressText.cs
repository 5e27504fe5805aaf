using KmIcs.Assurance.Domain.ProgressReporting;

namespace KmIcs.Assurance.Web.Components.Pages.Reviews;

/// <summary>
/// The words and NHS.UK tag colours for progress reporting's states, in one C# file so the compiler checks every
/// switch covers every value (Razor files are outside the editorconfig's exhaustive-switch rule).
/// </summary>
public static class ProgressText
{
    /// <summary>Every status in the order the update forms list them.</summary>
    public static IReadOnlyList<CommitmentStatus> StatusesInFormOrder { get; } =
        [CommitmentStatus.OnTrack, CommitmentStatus.SomeRisk, CommitmentStatus.OffTrack, CommitmentStatus.Complete, CommitmentStatus.NotStarted];

    public static string Status(CommitmentStatus status) => status switch
    {
        CommitmentStatus.NotStarted => "Not started",
        CommitmentStatus.OnTrack => "On track",
        CommitmentStatus.SomeRisk => "Some risk",
        CommitmentStatus.OffTrack => "Off track",
        CommitmentStatus.Complete => "Complete",
    };

    public static string StatusColour(CommitmentStatus status) => status switch
    {
        CommitmentStatus.NotStarted => "grey",
        CommitmentStatus.OnTrack => "green",
        CommitmentStatus.SomeRisk => "orange",
        CommitmentStatus.OffTrack => "red",
        CommitmentStatus.Complete => "blue",
    };

    /// <summary>Null is a lead body that has not started an update.</summary>
    public static string State(UpdateState? state) => state is not { } value ? "Not started" : value switch
    {
        UpdateState.Draft => "Draft",
        UpdateState.Submitted => "Submitted",
        UpdateState.Returned => "Returned",
        UpdateState.Approved => "Approved",
    };

    public static string StateColour(UpdateState? state) => state is not { } value ? "grey" : value switch
    {
        UpdateState.Draft => "white",
        UpdateState.Submitted => "blue",
        UpdateState.Returned => "orange",
        UpdateState.Approved => "green",
    };

    public static string Phase(RoundPhase phase) => phase switch
    {
        RoundPhase.NotYetOpen => "Not yet open",
        RoundPhase.Open => "Open",
        RoundPhase.OpenByException => "Open by exception",
        RoundPhase.Locked => "Locked",
    };

    public static string PhaseColour(RoundPhase phase) => phase switch
    {
        RoundPhase.NotYetOpen => "white",
        RoundPhase.Open => "green",
        RoundPhase.OpenByException => "yellow",
        RoundPhase.Locked => "grey",
    };

    /// <summary>What the round page's banner says about a round in this phase, with its dates.</summary>
    public static string PhaseMessage(ReportingRound round, RoundPhase phase)
    {
        ArgumentNullException.ThrowIfNull(round);
        return phase switch
        {
            RoundPhase.NotYetOpen => $"This round is not open yet. It opens on {Formats.Date(round.Opens)}; lead partners cannot write updates before then.",
            RoundPhase.Open or RoundPhase.OpenByException => $"This round is open. Lead partners can write and submit updates until the end of {Formats.Date(round.Closes)}.",
            RoundPhase.Locked => $"This round is locked. It closed on {Formats.Date(round.Closes)}: lead partners can no longer change their updates unless you grant their organisation a lock exception.",
        };
    }

    public static string Event(UpdateEventKind kind) => kind switch
    {
        UpdateEventKind.Submitted => "Submitted",
        UpdateEventKind.Returned => "Returned",
        UpdateEventKind.Approved => "Approved",
    };
}
