using KmIcs.Assurance.Domain.Areas;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>What the entry form offers: the tenant's indicators (with the period kinds each takes) and the known areas.</summary>
public sealed record ValueEntryChoices(IReadOnlyList<IndicatorChoice> Indicators, IReadOnlyList<Area> Areas);

public sealed record IndicatorChoice(Guid Id, string Ref, IndicatorSet Set, string Statement, IndicatorUnit Unit, string? UnitLabel, IReadOnlyList<PeriodKind> Kinds);
