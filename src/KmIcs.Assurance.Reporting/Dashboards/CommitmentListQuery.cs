using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Data.Strategies;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Searching;
using KmIcs.Assurance.Domain.Strategies;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>
/// Commitments of the current strategy matching a filter, in strategy order. Filtering happens in SQL; the rows'
/// plans and lead bodies then come in two more commands, so the count of commands does not depend on the result.
/// </summary>
public sealed class CommitmentListQuery(AssuranceDbContext db, CommitmentStatusService statuses)
{
    /// <summary>Whether the current strategy has an outcome numbered so (numbers are stored upper case, "1" or "A").</summary>
    public Task<bool> HasOutcomeAsync(string number, CancellationToken cancellationToken = default) =>
        db.CurrentOutcomes().AnyAsync(o => o.Number == number, cancellationToken);

    public async Task<IReadOnlyList<CommitmentRow>> RunAsync(CommitmentFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query =
            from c in db.Set<Commitment>().AsNoTracking()
            join p in db.Set<Priority>() on c.PriorityId equals p.Id
            join o in db.CurrentOutcomes() on p.OutcomeId equals o.Id
            select new { Commitment = c, Priority = p, Outcome = o };
        if (!string.IsNullOrEmpty(filter.Outcome))
        {
            query = query.Where(r => r.Outcome.Number == filter.Outcome);
        }

        if (filter.Organisations.Count > 0)
        {
            var ids = filter.Organisations.ToList();
            query = query.Where(r => r.Commitment.LeadBodies.Any(l => ids.Contains(l.OrganisationId)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            // Translated to SQL lower() on both engines, so culture rules do not apply and PostgreSQL matches case-insensitively like SQLite.
#pragma warning disable CA1304, CA1311, CA1862
            foreach (var stem in SearchTerms.Stems(filter.Text))
            {
                query = query.Where(r => r.Commitment.Text.ToLower().Contains(stem)
                    || r.Commitment.Plans.Any(cp => db.Set<Plan>().Any(plan => plan.Id == cp.PlanId && plan.Name.ToLower().Contains(stem))));
            }
#pragma warning restore CA1304, CA1311, CA1862
        }

        var rows = await query
            .OrderBy(r => r.Outcome.DisplayOrder).ThenBy(r => r.Priority.DisplayOrder).ThenBy(r => r.Commitment.DisplayOrder)
            .Select(r => new { r.Commitment.Id, r.Commitment.Text, r.Outcome.Number, OutcomeTitle = r.Outcome.Title, PriorityTitle = r.Priority.Title })
            .ToListAsync(cancellationToken);
        var commitmentIds = rows.Select(r => r.Id).ToList();
        var leads = await db.Set<CommitmentLeadBody>().AsNoTracking()
            .Where(l => commitmentIds.Contains(l.CommitmentId))
            .Join(db.Set<Organisation>(), l => l.OrganisationId, o => o.Id, (l, o) => new { l.CommitmentId, o.Id, o.Name })
            .ToListAsync(cancellationToken);
        var plans = await db.Set<CommitmentPlan>().AsNoTracking()
            .Where(cp => commitmentIds.Contains(cp.CommitmentId))
            .Join(db.Set<Plan>(), cp => cp.PlanId, p => p.Id, (cp, p) => new { cp.CommitmentId, cp.DisplayOrder, p.Name })
            .ToListAsync(cancellationToken);
        var current = await statuses.CurrentStatusAsync(commitmentIds, cancellationToken);
        var leadsBy = leads.ToLookup(l => l.CommitmentId);
        var plansBy = plans.ToLookup(p => p.CommitmentId);
        return rows.Select(r => new CommitmentRow(
            r.Id, r.Text, r.Number, r.OutcomeTitle, r.PriorityTitle,
            plansBy[r.Id].OrderBy(p => p.DisplayOrder).Select(p => p.Name).ToList(),
            leadsBy[r.Id].Select(l => new OrganisationRef(l.Id, l.Name)).OrderBy(l => l.Name, StringComparer.Ordinal).ToList(),
            current.GetValueOrDefault(r.Id)))
            .ToList();
    }
}
