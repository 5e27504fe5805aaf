using KmIcs.Assurance.Domain.ProgressReporting;

namespace KmIcs.Assurance.Web.Components;

/// <summary>
/// The words and NHS.UK tag colours for reporting rounds' phases and review events, in one C# file so the compiler
/// checks every switch covers every value (Razor files are outside the editorconfig's exhaustive-switch rule). A
/// commitment's status and an update's state have theirs in <see cref="Reporting.Commitments.CommitmentStatuses"/>,
/// shared with the dashboards and the lead partner's pages.
/// </summary>
public static class ProgressText
{
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
