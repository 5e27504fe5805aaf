namespace KmIcs.Assurance.Domain.Packs;

public enum PackKind
{
    /// <summary>The whole strategy: every outcome and enabler, for the ICP's annual indicator update.</summary>
    Annual,

    /// <summary>One scope in depth: an outcome, a priority, or a chosen set of indicators and commitments.</summary>
    DeepDive,
}
