namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>What saving a value did: added the first figure, revised the figure, or found it already recorded.</summary>
public enum ValueChange
{
    New,
    Revised,
    Unchanged,
}
