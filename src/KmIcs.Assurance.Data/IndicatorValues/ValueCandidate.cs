namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>A value as a person typed it or a file held it: text, checked by <see cref="ValueRules"/>.</summary>
public sealed record ValueCandidate(
    string? Period,
    string? Area,
    string? Value,
    string? LowerCi,
    string? UpperCi,
    string? Count,
    string? Denominator,
    bool IsProvisional,
    string? Note,
    string? Source);
