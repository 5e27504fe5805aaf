namespace KmIcs.Assurance.Domain.ProgressReporting;

/// <summary>
/// How delivery of a commitment stands, as a lead body rates it in an update and as the clerk sets it overall. The
/// delivery plan's RAG words rather than colours, because "some risk" and "not started" read unambiguously on a page,
/// in a pack and to a screen reader, where "amber" and "grey" do not. Stored by name, so reordering is harmless.
/// </summary>
public enum CommitmentStatus
{
    /// <summary>Work has not begun (grey on a dashboard).</summary>
    NotStarted,

    /// <summary>Delivering as planned (green).</summary>
    OnTrack,

    /// <summary>Delivering, but something threatens the plan (amber).</summary>
    SomeRisk,

    /// <summary>Not delivering as planned (red).</summary>
    OffTrack,

    /// <summary>Delivered; nothing more to report (blue).</summary>
    Complete,
}
