using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.IndicatorValues.ValueImports;

/// <summary>
/// What a file is checked against, read once: the tenant's indicators by ref and by Fingertips id, the areas, and
/// every current value with its revision count. Read without tracking; the commit attaches only what it changes.
/// </summary>
public sealed class ImportContext
{
    public const string FingertipsSystem = "Fingertips";

    private readonly Dictionary<(Guid, string, string), IndicatorValue> values = [];
    private readonly Dictionary<Guid, int> revisions;
    private readonly Dictionary<Guid, IReadOnlyList<PeriodKind>> kinds = [];

    private ImportContext(IReadOnlyList<Indicator> indicators, AreaDirectory areas, Dictionary<Guid, int> revisions)
    {
        Areas = areas;
        this.revisions = revisions;
        ByRef = indicators.GroupBy(i => i.Ref, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Indicator>)g.ToList(), StringComparer.OrdinalIgnoreCase);
        ByFingertipsId = indicators
            .SelectMany(i => i.ExternalIds.Where(e => string.Equals(e.System, FingertipsSystem, StringComparison.OrdinalIgnoreCase)).Select(e => (e.Value.Trim(), i)))
            .GroupBy(p => p.Item1, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Indicator>)g.Select(p => p.i).Distinct().ToList(), StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            kinds[indicator.Id] = ValueRules.AllowedKinds(indicator);
            foreach (var value in indicator.Values)
            {
                values[Key(indicator.Id, value.Period, value.Geography)] = value;
            }
        }
    }

    public AreaDirectory Areas { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<Indicator>> ByRef { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<Indicator>> ByFingertipsId { get; }

    public IReadOnlyList<PeriodKind> KindsOf(Indicator indicator) => kinds[indicator.Id];

    public IndicatorValue? Existing(Guid indicatorId, ReportingPeriod period, string area) =>
        values.GetValueOrDefault(Key(indicatorId, period, area));

    public int RevisionsOf(IndicatorValue value) => revisions.GetValueOrDefault(value.Id);

    public static async Task<ImportContext> LoadAsync(AssuranceDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var indicators = await db.Set<Indicator>().AsNoTracking().AsSplitQuery()
            .Include(i => i.Values)
            .Include(i => i.ExternalIds)
            .ToListAsync(cancellationToken);
        var counts = await db.Set<IndicatorValueRevision>().AsNoTracking()
            .GroupBy(r => r.IndicatorValueId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new ImportContext(indicators, await AreaDirectory.LoadAsync(db, cancellationToken), counts);
    }

    private static (Guid, string, string) Key(Guid indicatorId, ReportingPeriod period, string area) =>
        (indicatorId, period.ToString(), area.ToUpperInvariant());
}
