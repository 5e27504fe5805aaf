using KmIcs.Assurance.Data.Seeding;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Searching;
using KmIcs.Assurance.Domain.Strategies;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>Every indicator of the tenant with its data's latest periods, provisional figures and schedule: the analyst's overview.</summary>
public sealed class DataOverviewQuery(AssuranceDbContext db)
{
    public async Task<IReadOnlyList<DataOverviewRow>> ListAsync(CancellationToken cancellationToken = default) =>
        await ListAsync(new DataOverviewFilter(), cancellationToken);

    public async Task<IReadOnlyList<DataOverviewRow>> ListAsync(DataOverviewFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        var indicators = await db.Set<Indicator>().AsNoTracking().ToListAsync(cancellationToken);
        var outcomes = await db.Set<Outcome>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Number, cancellationToken);
        var values = (await db.Set<IndicatorValue>().AsNoTracking()
                .Select(v => new { v.IndicatorId, v.Geography, v.Period, v.IsProvisional })
                .ToListAsync(cancellationToken))
            .ToLookup(v => v.IndicatorId);
        var text = filter.Text?.Trim() ?? "";
        var byRef = text.Length > 0 && indicators.Exists(i => string.Equals(i.Ref, text, StringComparison.OrdinalIgnoreCase));
        return indicators
            .Select(i =>
            {
                var series = values[i.Id].ToList();
                var latest = series.GroupBy(v => v.Geography, StringComparer.OrdinalIgnoreCase)
                    .Select(g => new AreaLatest(g.Key, g.Max(v => v.Period)!))
                    .OrderBy(a => a.Area, StringComparer.Ordinal)
                    .ToList();
                var next = DataSchedule.NextExpected(latest.Select(a => a.Period).Max(), i.Frequency, i.PublicationLagMonths);
                return new DataOverviewRow(
                    i.Id, i.Ref, i.IndicatorSet, i.OutcomeId is { } o ? outcomes.GetValueOrDefault(o) : null, i.Statement, i.Status,
                    latest, series.Count(v => v.IsProvisional), i.Frequency, i.PublicationLagMonths, next, DataSchedule.IsStale(next, today));
            })
            .Where(r => Matches(r, filter, text, byRef))
            .OrderBy(r => r.Set)
            .ThenBy(r => r.Ref, RefComparer.Instance)
            .ToList();
    }

    /// <summary>
    /// The dashboards' rules: a reference finds that indicator, other text matches the statement stem by stem
    /// (<see cref="SearchTerms"/>); here in memory, because the overview loads every indicator for its counts anyway.
    /// </summary>
    private static bool Matches(DataOverviewRow row, DataOverviewFilter filter, string text, bool byRef) =>
        (filter.OutcomeNumber is null || string.Equals(row.OutcomeNumber, filter.OutcomeNumber, StringComparison.OrdinalIgnoreCase))
        && (filter.Set is null || row.Set == filter.Set)
        && filter.State switch
        {
            DataState.Stale => row.IsStale,
            DataState.NoValues => row.LatestByArea.Count == 0,
            DataState.Provisional => row.ProvisionalCount > 0,
            _ => true,
        }
        && (text.Length == 0
            || (byRef
                ? string.Equals(row.Ref, text, StringComparison.OrdinalIgnoreCase)
                : SearchTerms.Stems(text).All(stem => row.Statement.Contains(stem, StringComparison.OrdinalIgnoreCase))));
}
