using KmIcs.Assurance.Data;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Reporting.Indicators;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>
/// Finds an indicator by the reference its source prints. Logframe references ("3.4", "G.1") and KPI codes ("PH03")
/// do not collide in the Kent and Medway data; if two sets ever share a reference the logframe's wins, as the
/// strategy's own measure.
/// </summary>
public sealed class IndicatorDetailQuery(AssuranceDbContext db, TimeProvider clock, DashboardCache cache)
{
    public Task<IndicatorDetail?> RunAsync(string reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return cache.GetOrBuildAsync("indicator:" + reference, today, () => BuildAsync(reference, today, cancellationToken));
    }

    private async Task<IndicatorDetail?> BuildAsync(string reference, DateOnly today, CancellationToken cancellationToken)
    {
        var indicator = (await IndicatorLoading.WithSeries(db)
            .Include(i => i.ExternalIds)
            .Include(i => i.Conflicts).ThenInclude(c => c.Values)
            .Where(i => i.Ref == reference)
            .ToListAsync(cancellationToken))
            .OrderBy(i => i.IndicatorSet)
            .FirstOrDefault();
        if (indicator is null)
        {
            return null;
        }

        var outcome = indicator.OutcomeId is { } outcomeId
            ? await db.Set<Outcome>().AsNoTracking().Where(o => o.Id == outcomeId).Select(o => new { o.Number, o.Title }).SingleOrDefaultAsync(cancellationToken)
            : null;
        // The indicator's own areas, or where none are listed the areas its values have. A Fingertips import also
        // brings the region's other areas, kept for comparison; they are in the values table, not judged here.
        var own = indicator.Geographies.OrderBy(g => g.DisplayOrder).Select(g => g.Name).ToList();
        var areas = (own.Count > 0 ? own : indicator.Values.Select(v => v.Geography))
            .Prepend(IndicatorAssessor.HeadlineGeography(indicator))
            .Where(g => g.Length > 0 && !string.Equals(g, indicator.BenchmarkArea, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(g => IndicatorAssessor.Assess(indicator, g, today))
            .ToList();
        if (areas.Count == 0)
        {
            areas.Add(IndicatorAssessor.Assess(indicator, today));
        }

        var valueIds = indicator.Values.Select(v => v.Id).ToList();
        var revisions = (await db.Set<IndicatorValueRevision>().AsNoTracking()
                .Where(r => valueIds.Contains(r.IndicatorValueId))
                .ToListAsync(cancellationToken))
            .GroupBy(r => r.IndicatorValueId)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<IndicatorValueRevision>)g.OrderBy(r => r.Number).ToList());

        return new IndicatorDetail(indicator, outcome?.Number, outcome?.Title, areas, today, revisions);
    }
}
