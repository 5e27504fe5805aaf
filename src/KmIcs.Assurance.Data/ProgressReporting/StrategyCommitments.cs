using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Strategies;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>A commitment a round asks about, in strategy order, with the organisations that lead it.</summary>
internal sealed record LedCommitment(Guid Id, string Text, string OutcomeNumber, IReadOnlyList<(Guid Id, string Name)> LeadBodies);

/// <summary>
/// The commitments of one strategy edition and their lead bodies, in two commands whatever the number of commitments:
/// what a round asks for, what "my updates" lists and what reminders count as outstanding all start here.
/// </summary>
internal static class StrategyCommitments
{
    /// <summary>Every commitment of the strategy, or (with <paramref name="ledBy"/>) those led by one of those organisations.</summary>
    public static async Task<IReadOnlyList<LedCommitment>> ListAsync(AssuranceDbContext db, Guid strategyId, IReadOnlyCollection<Guid>? ledBy, CancellationToken cancellationToken)
    {
        var query =
            from c in db.Set<Commitment>().AsNoTracking()
            join p in db.Set<Priority>() on c.PriorityId equals p.Id
            join o in db.Set<Outcome>() on p.OutcomeId equals o.Id
            where o.StrategyId == strategyId
            select new { Commitment = c, Priority = p, Outcome = o };
        if (ledBy is not null)
        {
            var ids = ledBy.ToList();
            query = query.Where(r => r.Commitment.LeadBodies.Any(l => ids.Contains(l.OrganisationId)));
        }

        var rows = await query
            .OrderBy(r => r.Outcome.DisplayOrder).ThenBy(r => r.Priority.DisplayOrder).ThenBy(r => r.Commitment.DisplayOrder)
            .Select(r => new { r.Commitment.Id, r.Commitment.Text, r.Outcome.Number })
            .ToListAsync(cancellationToken);
        var commitmentIds = rows.Select(r => r.Id).ToList();
        var leads = await db.Set<CommitmentLeadBody>().AsNoTracking()
            .Where(l => commitmentIds.Contains(l.CommitmentId))
            .Join(db.Set<Organisation>(), l => l.OrganisationId, o => o.Id, (l, o) => new { l.CommitmentId, o.Id, o.Name })
            .ToListAsync(cancellationToken);
        var leadsBy = leads.ToLookup(l => l.CommitmentId);
        return rows.Select(r => new LedCommitment(
                r.Id,
                r.Text,
                r.Number,
                leadsBy[r.Id].OrderBy(l => l.Name, StringComparer.Ordinal).Select(l => (l.Id, l.Name)).ToList()))
            .ToList();
    }
}
