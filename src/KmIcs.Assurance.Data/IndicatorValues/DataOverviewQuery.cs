using KmIcs.Assurance.Data.Seeding;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Strategies;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>Every indicator of the tenant with its data's latest periods, provisional figures and schedule: the analyst's overview.</summary>
public sealed class DataOverviewQuery(AssuranceDbContext db)
{
    public async Task<IReadOnlyList<DataOverviewRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        var indicators = await db.Set<Indicator>().AsNoTracking().ToListAsync(cancellationToken);
        var outcomes = await db.Set<Outcome>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Number, cancellationToken);
        var values = (await db.Set<IndicatorValue>().AsNoTracking()
                .Select(v => new { v.IndicatorId, v.Geography, v.Period, v.IsProvisional })
                .ToListAsync(cancellationToken))
            .ToLookup(v => v.IndicatorId);
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
            .OrderBy(r => r.Set)
            .ThenBy(r => r.Ref, RefComparer.Instance)
            .ToList();
    }
}
