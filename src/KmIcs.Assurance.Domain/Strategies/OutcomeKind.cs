namespace KmIcs.Assurance.Domain.Strategies;

/// <summary>Shared outcomes are numbered "1".."6"; enablers "E1".."E3" (seed format names).</summary>
public enum OutcomeKind
{
    SharedOutcome,
    Enabler,
}
