using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Strategies;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Reporting.Dashboards;

public sealed class CommitmentDetailQuery(AssuranceDbContext db, CommitmentStatusService statuses, CommitmentUpdateService updates)
{
    public async Task<CommitmentDetail?> RunAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var commitment = await db.Set<Commitment>().AsNoTracking().AsSplitQuery()
            .Include(c => c.LeadBodies).ThenInclude(l => l.Organisation)
            .Include(c => c.Plans).ThenInclude(p => p.Plan)
            .Include(c => c.Plans).ThenInclude(p => p.LeadBodies).ThenInclude(l => l.Organisation)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (commitment is null)
        {
            return null;
        }

        var place = await db.Set<Priority>().AsNoTracking()
            .Where(p => p.Id == commitment.PriorityId)
            .Join(db.Set<Outcome>(), p => p.OutcomeId, o => o.Id, (p, o) => new { Priority = p.Title, o.Number, o.Title })
            .SingleAsync(cancellationToken);
        var plans = commitment.Plans
            .OrderBy(p => p.DisplayOrder)
            .Select(p => new PlanRow(p.Plan!.Name, Refs(p.LeadBodies.Select(l => l.Organisation))))
            .ToList();
        var decisions = await statuses.ListDecisionsAsync(id, cancellationToken);
        var approved = (await updates.ListForCommitmentAsync(id, approvedOnly: true, cancellationToken))
            .OrderByDescending(u => u.ReviewedAt)
            .ToList();
        return new CommitmentDetail(
            commitment.Id, commitment.Text, commitment.Source, place.Number, place.Title, place.Priority, plans,
            Refs(commitment.LeadBodies.Select(l => l.Organisation)), decisions, approved);
    }

    private static List<OrganisationRef> Refs(IEnumerable<Organisation?> organisations) =>
        organisations.OfType<Organisation>()
            .Select(o => new OrganisationRef(o.Id, o.Name))
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .ToList();
}
