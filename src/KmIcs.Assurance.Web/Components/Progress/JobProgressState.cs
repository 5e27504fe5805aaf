namespace KmIcs.Assurance.Web.Components.Progress;

/// <summary>Where a piece of background work is, in words, and whether it has finished (ready, failed or cancelled).</summary>
public sealed record JobProgressState(string Message, bool Finished);
