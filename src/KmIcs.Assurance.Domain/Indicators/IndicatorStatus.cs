namespace KmIcs.Assurance.Domain.Indicators;

/// <summary>Agreed, or still being worked on (the logframe's grey rows).</summary>
public enum IndicatorStatus
{
    Agreed,
    WorkInProgress,
}
