namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>The field names of the indicator metadata and target forms, as <see cref="IndicatorDataSettings"/>' errors name them.</summary>
public static class IndicatorDataFields
{
    public const string Polarity = "polarity";
    public const string Unit = "unit";
    public const string Decimals = "decimals";
    public const string Frequency = "frequency";
    public const string Lag = "lag";
    public const string DataSource = "data-source";
    public const string PeriodKind = "period-kind";
    public const string BenchmarkArea = "benchmark-area";
    public const string FingertipsIds = "fingertips-ids";
    public const string Sex = "sex";
    public const string Age = "age";
    public const string TargetArea = "target-area";
    public const string TargetPeriod = "target-period";
    public const string TargetValue = "target-value";
    public const string TargetFloor = "target-floor";
    public const string TargetEffectiveFrom = "target-effective-from";
    public const string TargetReason = "target-reason";
}
