namespace KmIcs.Assurance.Domain.Indicators;

/// <summary>Which list an indicator comes from: the strategy's logframe matrix or a commissioned service's KPIs.</summary>
public enum IndicatorSet
{
    Logframe,
    ServiceKpi,
}
