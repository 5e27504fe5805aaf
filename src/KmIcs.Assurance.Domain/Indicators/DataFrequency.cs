namespace KmIcs.Assurance.Domain.Indicators;

/// <summary>How often new data is published; the value is the number of months between releases.</summary>
public enum DataFrequency
{
    Monthly = 1,
    Quarterly = 3,
    Annual = 12,
    EveryTwoYears = 24,
    EveryThreeYears = 36,
}
