namespace KmIcs.Assurance.Domain.Indicators;

/// <summary>Where an uploaded file is on its way in: checked, waiting for the analyst, applied, or not.</summary>
public enum ValueImportStatus
{
    /// <summary>Stored and waiting to be checked in the background (a large file).</summary>
    Analysing,

    /// <summary>Checked; the preview waits for the analyst to commit or cancel.</summary>
    Previewed,

    /// <summary>The analyst committed; the background job is applying it.</summary>
    Committing,

    Committed,

    Cancelled,

    /// <summary>Refused (not a recognised format, or errors at commit time); nothing was written.</summary>
    Failed,
}
