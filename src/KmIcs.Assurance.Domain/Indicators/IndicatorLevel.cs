namespace KmIcs.Assurance.Domain.Indicators;

/// <summary>Logframe level: Goal (G.1..), Purpose (P.1..) or Outcome (1.1..). Service KPIs are Outcome level.</summary>
public enum IndicatorLevel
{
    Goal,
    Purpose,
    Outcome,
}
