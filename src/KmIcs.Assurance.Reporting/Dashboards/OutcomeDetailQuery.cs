using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Data.Seeding;
using KmIcs.Assurance.Data.Strategies;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Places;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Reporting.Indicators;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>Loads one outcome of the current strategy in a fixed number of SQL commands.</summary>
public sealed class OutcomeDetailQuery(AssuranceDbContext db, TimeProvider clock, DashboardCache cache, CommitmentStatusService statuses)
{
    public Task<OutcomeDetail?> RunAsync(string number, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(number);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return cache.GetOrBuildAsync("outcome:" + number, today, () => BuildAsync(number, today, cancellationToken));
    }

    private async Task<OutcomeDetail?> BuildAsync(string number, DateOnly today, CancellationToken cancellationToken)
    {
        var outcome = await db.CurrentOutcomes().AsNoTracking().AsSplitQuery()
            .Include(o => o.Statements)
            .Include(o => o.Priorities).ThenInclude(p => p.Commitments).ThenInclude(c => c.LeadBodies)
            .Include(o => o.DeliveryExamples).ThenInclude(d => d.Milestones)
            .Include(o => o.DeliveryExamples).ThenInclude(d => d.LeadBodies)
            .Where(o => o.Number == number)
            .SingleOrDefaultAsync(cancellationToken);
        if (outcome is null)
        {
            return null;
        }

        var indicators = (await IndicatorLoading.WithSeries(db).Where(i => i.OutcomeId == outcome.Id).ToListAsync(cancellationToken))
            .OrderBy(i => i.IndicatorSet)
            .ThenBy(i => i.Ref, RefComparer.Instance)
            .Select(i => new AssessedIndicator(i, IndicatorAssessor.Assess(i, today)))
            .ToList();
        var organisations = await db.Set<Organisation>().AsNoTracking()
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var places = await db.Set<PlacePriority>().AsNoTracking()
            .Where(p => p.Outcomes.Any(o => o.OutcomeId == outcome.Id))
            .OrderBy(p => p.DisplayOrder)
            .Select(p => new { p.OrganisationId, p.Text })
            .ToListAsync(cancellationToken);
        var placeRows = places
            .Select(p => new PlacePriorityRow(p.OrganisationId, organisations.GetValueOrDefault(p.OrganisationId, ""), p.Text))
            .OrderBy(p => p.Place, StringComparer.Ordinal)
            .ToList();
        Order(outcome);
        var current = await statuses.CurrentStatusAsync(outcome.Priorities.SelectMany(p => p.Commitments).Select(c => c.Id).ToList(), cancellationToken);
        return new OutcomeDetail(outcome, indicators, organisations, placeRows, current, today);
    }

    /// <summary>Collections come back in no particular order; pages show them as the document printed them.</summary>
    private static void Order(Outcome outcome)
    {
        outcome.Priorities.Sort((a, b) => a.DisplayOrder.CompareTo(b.DisplayOrder));
        foreach (var priority in outcome.Priorities)
        {
            priority.Commitments.Sort((a, b) => a.DisplayOrder.CompareTo(b.DisplayOrder));
        }

        outcome.DeliveryExamples.Sort((a, b) => a.DisplayOrder.CompareTo(b.DisplayOrder));
        foreach (var example in outcome.DeliveryExamples)
        {
            example.Milestones.Sort((a, b) => a.DisplayOrder.CompareTo(b.DisplayOrder));
        }
    }
}
