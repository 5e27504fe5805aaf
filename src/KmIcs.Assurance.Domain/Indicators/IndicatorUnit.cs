namespace KmIcs.Assurance.Domain.Indicators;

/// <summary>What kind of number the value is; <see cref="Indicator.UnitLabel"/> holds the printed label ("per 100,000").</summary>
public enum IndicatorUnit
{
    Percent,
    Count,
    Rate,
    Years,
    Score,
    Rank,
    Currency,
    Ratio,
    Other,
}
