using KmIcs.Assurance.Data.StrategyDocuments;

namespace KmIcs.Assurance.Data.Seeding;

/// <summary>
/// The whole strategy tree of one tenant, in the seed format (docs/strategy-export.md): the strategy document and
/// each indicator set. Organisation and plan keys are made from their names, since the database keeps no seed keys.
/// </summary>
public sealed record StrategyExport
{
    public required DateTimeOffset ExportedAt { get; init; }
    public required StrategyDocument Strategy { get; init; }
    public List<IndicatorSetDocument> IndicatorSets { get; init; } = [];
}
