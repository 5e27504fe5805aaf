namespace KmIcs.Assurance.Domain.Indicators;

/// <summary>
/// Which direction is good. NoJudgement (Fingertips' "blue-orange-blue") means higher and lower are described but
/// never called better or worse, so no rule colours such an indicator.
/// </summary>
public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,
    NoJudgement,
}
