using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>The indicator metadata an analyst keeps, as the form posts it. <see cref="Version"/> is the indicator's version the form was made from.</summary>
public sealed record IndicatorDataInput(
    Guid IndicatorId,
    int Version,
    Polarity? Polarity,
    IndicatorUnit? Unit,
    string? Decimals,
    DataFrequency? Frequency,
    string? PublicationLagMonths,
    string? DataSource,
    PeriodKind? PeriodKind,
    string? BenchmarkArea,
    string? FingertipsIds,
    string? Sex,
    string? Age);

/// <summary>A new target (or floor) for one area and period, effective from a date, with the reason it was set.</summary>
public sealed record TargetInput(Guid IndicatorId, string? Area, string? Period, string? Value, string? Floor, DateOnly? EffectiveFrom, string? Reason);
