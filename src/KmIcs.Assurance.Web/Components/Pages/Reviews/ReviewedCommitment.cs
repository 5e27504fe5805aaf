using KmIcs.Assurance.Data;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Strategies;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Web.Components.Pages.Reviews;

/// <summary>A lead body of a commitment, by name.</summary>
public sealed record LeadBody(Guid OrganisationId, string Name);

/// <summary>
/// The commitment an update reports on, as the review pages show it: its text, its outcome's printed number and its
/// lead bodies. Read through the tenant query filter, so another tenant's commitment is simply not found.
/// </summary>
public sealed record ReviewedCommitment(Guid Id, string Text, string OutcomeNumber, IReadOnlyList<LeadBody> LeadBodies)
{
    public static async Task<ReviewedCommitment?> LoadAsync(AssuranceDbContext db, Guid commitmentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var found = (await SummariesAsync(db, [commitmentId], cancellationToken)).GetValueOrDefault(commitmentId);
        if (found is null)
        {
            return null;
        }

        var leads = await db.Set<CommitmentLeadBody>().AsNoTracking()
            .Where(l => l.CommitmentId == commitmentId)
            .Join(db.Set<Organisation>(), l => l.OrganisationId, o => o.Id, (l, o) => new LeadBody(o.Id, o.Name))
            .ToListAsync(cancellationToken);
        return found with { LeadBodies = leads.OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ToList() };
    }

    /// <summary>Text and outcome number of each commitment asked for, in one command; lead bodies are left empty.</summary>
    public static async Task<IReadOnlyDictionary<Guid, ReviewedCommitment>> SummariesAsync(AssuranceDbContext db, IReadOnlyCollection<Guid> commitmentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = commitmentIds.Distinct().ToList();
        var rows = await (
                from c in db.Set<Commitment>().AsNoTracking()
                join p in db.Set<Priority>() on c.PriorityId equals p.Id
                join o in db.Set<Outcome>() on p.OutcomeId equals o.Id
                where ids.Contains(c.Id)
                select new { c.Id, c.Text, o.Number })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r => new ReviewedCommitment(r.Id, r.Text, r.Number, []));
    }
}
