using KmIcs.Assurance.Domain.ProgressReporting;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>What is still to report in a round: the same rule for planning reminders and for writing them.</summary>
internal static class OutstandingWork
{
    public static async Task<IReadOnlyList<OutstandingCommitment>> ListAsync(AssuranceDbContext db, ReportingRound round, CancellationToken cancellationToken)
    {
        var commitments = await StrategyCommitments.ListAsync(db, round.StrategyId, null, cancellationToken);
        var states = (await db.Set<CommitmentUpdate>().AsNoTracking()
                .Where(u => u.ReportingRoundId == round.Id)
                .Select(u => new { u.CommitmentId, u.OrganisationId, u.State })
                .ToListAsync(cancellationToken))
            .ToDictionary(u => (u.CommitmentId, u.OrganisationId), u => u.State);
        return commitments
            .SelectMany(c => c.LeadBodies.Select(l => new OutstandingCommitment(
                c.Id, c.Text, l.Id, l.Name, states.TryGetValue((c.Id, l.Id), out var state) ? state : null)))
            .Where(o => o.State is null or UpdateState.Draft or UpdateState.Returned)
            .ToList();
    }
}
