using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Domain.Strategies;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>A lead body of a commitment, by name.</summary>
public sealed record LeadBody(Guid OrganisationId, string Name);

/// <summary>
/// The commitment an update reports on, as the review pages show it: its text, its outcome's printed number and its
/// lead bodies.
/// </summary>
public sealed record ReviewedCommitment(Guid Id, string Text, string OutcomeNumber, IReadOnlyList<LeadBody> LeadBodies);

/// <summary>
/// One submitted update as the review queue lists it. <see cref="Commitment"/> has no lead bodies; it is null (and
/// <see cref="OrganisationName"/> too) when the row it names is not found.
/// </summary>
public sealed record QueuedUpdate(Guid Id, ReviewedCommitment? Commitment, string? OrganisationName, string? SubmittedByName, DateTimeOffset? SubmittedAt);

/// <summary>A reporting round with the updates waiting for review in it, oldest submission first.</summary>
public sealed record ReviewQueueRound(ReportingRound Round, IReadOnlyList<QueuedUpdate> Updates);

/// <summary>
/// What the review pages read: the queue of submitted updates and the commitment an update reports on. Everything is
/// read through the tenant query filter, so another tenant's rows are simply not found.
/// </summary>
public sealed class ReviewQuery(AssuranceDbContext db)
{
    /// <summary>The commitment with its lead bodies by name; null when not in this tenant.</summary>
    public async Task<ReviewedCommitment?> CommitmentAsync(Guid commitmentId, CancellationToken cancellationToken = default)
    {
        var found = await Summaries().SingleOrDefaultAsync(c => c.Id == commitmentId, cancellationToken);
        if (found is null)
        {
            return null;
        }

        var leads = await db.Set<CommitmentLeadBody>().AsNoTracking()
            .Where(l => l.CommitmentId == commitmentId)
            .Join(db.Set<Organisation>(), l => l.OrganisationId, o => o.Id, (l, o) => new LeadBody(o.Id, o.Name))
            .ToListAsync(cancellationToken);
        return new ReviewedCommitment(found.Id, found.Text, found.OutcomeNumber, leads.OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ToList());
    }

    /// <summary>
    /// Every round with updates waiting for review (submitted), latest opening first and by name, each with its updates
    /// oldest submission first; rounds with nothing waiting are left out. One SQL command however many rounds there are.
    /// </summary>
    public async Task<IReadOnlyList<ReviewQueueRound>> QueueAsync(CancellationToken cancellationToken = default)
    {
        var rows = await (
                from u in db.Set<CommitmentUpdate>().AsNoTracking()
                where u.State == UpdateState.Submitted
                join r in db.Set<ReportingRound>().AsNoTracking() on u.ReportingRoundId equals (Guid?)r.Id
                join o in db.Set<Organisation>() on u.OrganisationId equals o.Id into organisations
                from o in organisations.DefaultIfEmpty()
                join c in Summaries() on u.CommitmentId equals c.Id into commitments
                from c in commitments.DefaultIfEmpty()
                select new { Round = r, u.Id, u.SubmittedByName, u.SubmittedAt, OrganisationName = o.Name, CommitmentId = (Guid?)c.Id, c.Text, c.OutcomeNumber })
            .ToListAsync(cancellationToken);
        // Ordered here rather than in SQL: SQLite cannot order by a DateTimeOffset, and names compare ignoring case as everywhere else.
        return rows
            .GroupBy(row => row.Round.Id)
            .Select(g => new ReviewQueueRound(
                g.First().Round,
                g.Select(row => new QueuedUpdate(
                        row.Id,
                        row.CommitmentId is { } id ? new ReviewedCommitment(id, row.Text, row.OutcomeNumber, []) : null,
                        row.OrganisationName,
                        row.SubmittedByName,
                        row.SubmittedAt))
                    .OrderBy(u => u.SubmittedAt)
                    .ToList()))
            .OrderByDescending(q => q.Round.Opens)
            .ThenBy(q => q.Round.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>Each commitment's text and outcome number, lead bodies left empty.</summary>
    private IQueryable<CommitmentSummary> Summaries() =>
        from c in db.Set<Commitment>().AsNoTracking()
        join p in db.Set<Priority>() on c.PriorityId equals p.Id
        join o in db.Set<Outcome>() on p.OutcomeId equals o.Id
        select new CommitmentSummary { Id = c.Id, Text = c.Text, OutcomeNumber = o.Number };

    // Properties set by name rather than a constructor, so EF can translate the queries built on this projection.
    private sealed class CommitmentSummary
    {
        public Guid Id { get; init; }

        public string Text { get; init; } = "";

        public string OutcomeNumber { get; init; } = "";
    }
}
