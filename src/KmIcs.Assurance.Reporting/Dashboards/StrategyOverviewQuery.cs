using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Data.Strategies;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Delivery;
using KmIcs.Assurance.Domain.Rules;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Reporting.Indicators;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>
/// Builds the overview in a fixed number of SQL commands however large the strategy grows: every collection is read
/// in one query (split, not joined, so rows do not multiply) and grouped in memory.
/// </summary>
public sealed class StrategyOverviewQuery(AssuranceDbContext db, TimeProvider clock, DashboardCache cache, CommitmentStatusService statuses)
{
    public Task<StrategyOverview?> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return cache.GetOrBuildAsync("overview", today, () => BuildAsync(today, cancellationToken));
    }

    private async Task<StrategyOverview?> BuildAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var strategy = await db.CurrentStrategies().AsNoTracking()
            .Select(s => new { s.Id, s.Title, s.DocumentVersion, s.Vision })
            .SingleOrDefaultAsync(cancellationToken);
        if (strategy is null)
        {
            return null;
        }

        var outcomes = await db.Set<Outcome>().AsNoTracking()
            .Where(o => o.StrategyId == strategy.Id)
            .OrderBy(o => o.DisplayOrder)
            .Select(o => new { o.Id, o.Number, o.Title, o.Kind })
            .ToListAsync(cancellationToken);
        var outcomeIds = outcomes.Select(o => o.Id).ToList();
        var priorities = await db.Set<Priority>().AsNoTracking()
            .Where(p => outcomeIds.Contains(p.OutcomeId))
            .Select(p => new { p.Id, p.OutcomeId })
            .ToListAsync(cancellationToken);
        var priorityIds = priorities.Select(p => p.Id).ToList();
        var commitments = await db.Set<Commitment>().AsNoTracking()
            .Where(c => priorityIds.Contains(c.PriorityId))
            .Select(c => new { c.Id, c.PriorityId })
            .ToListAsync(cancellationToken);
        var outcomeOfPriority = priorities.ToDictionary(p => p.Id, p => p.OutcomeId);
        var current = await statuses.CurrentStatusAsync(commitments.Select(c => c.Id).ToList(), cancellationToken);
        var staleBefore = clock.GetUtcNow() - OutcomeCard.StaleAfter;
        var milestones = await db.Set<DeliveryExample>().AsNoTracking()
            .Where(d => outcomeIds.Contains(d.OutcomeId))
            .SelectMany(d => d.Milestones, (d, m) => new { d.OutcomeId, Milestone = m })
            .ToListAsync(cancellationToken);
        var indicators = await IndicatorLoading.WithSeries(db)
            .Where(i => i.OutcomeId != null && outcomeIds.Contains(i.OutcomeId.Value))
            .ToListAsync(cancellationToken);

        var cards = outcomes.Select(outcome =>
        {
            var assessments = indicators.Where(i => i.OutcomeId == outcome.Id).Select(i => IndicatorAssessor.Assess(i, today)).ToList();
            var dated = milestones.Where(m => m.OutcomeId == outcome.Id).Select(m => m.Milestone).ToList();
            var own = commitments.Where(c => outcomeOfPriority[c.PriorityId] == outcome.Id).Select(c => current.GetValueOrDefault(c.Id)).ToList();
            return new OutcomeCard(
                outcome.Number,
                outcome.Title,
                outcome.Kind,
                assessments.Count,
                assessments.GroupBy(a => a.Rag).ToDictionary(g => g.Key, g => g.Count()),
                assessments.GroupBy(a => a.Direction).ToDictionary(g => g.Key, g => g.Count()),
                priorities.Count(p => p.OutcomeId == outcome.Id),
                own.Count,
                own.OfType<CurrentCommitmentStatus>().GroupBy(s => s.Status).ToDictionary(g => g.Key, g => g.Count()),
                own.Count(s => s is null),
                own.Count(s => s is not null && s.DecidedAt < staleBefore),
                dated.Count,
                dated.Count(m => MilestoneRule.IsOverdue(m, today)));
        }).ToList();
        return new StrategyOverview(strategy.Title, strategy.DocumentVersion, strategy.Vision, today, cards);
    }
}
