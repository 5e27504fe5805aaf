using KmIcs.Assurance.Data.Configurations;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.ProgressReporting;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>
/// A commitment's overall status: the clerk's decisions, each resting on the lead bodies' approved updates, and the
/// latest decision per commitment for dashboards and packs. Drafts, submitted and returned updates never reach this.
/// </summary>
public sealed class CommitmentStatusService(AssuranceDbContext db)
{
    /// <summary>The refusal of a status that is none of the ratings the form offers.</summary>
    public const string StatusNotInList = "Select the commitment's overall status from the list";

    internal const string SimultaneousDecision = "Someone else set this commitment's overall status at the same moment. Check it and try again";

    /// <summary>
    /// Whether the clerk must explain the status: when the lead bodies' approved ratings differ from each other, or
    /// when the chosen status is not the rating they agree on. Public so the page can ask for the reason up front.
    /// </summary>
    public static bool ReasonRequired(IReadOnlyCollection<CommitmentStatus> ratings, CommitmentStatus chosen)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        return RatingsDiffer(ratings) || (ratings.Count > 0 && !ratings.Contains(chosen));
    }

    /// <summary>Whether the lead bodies' approved ratings disagree, so that a reason is required whatever status is chosen.</summary>
    public static bool RatingsDiffer(IEnumerable<CommitmentStatus> ratings) => ratings.Distinct().Skip(1).Any();

    /// <summary>
    /// Records the commitment's overall status for a round (or, with a null round, on the updates given outside
    /// rounds), resting on the lead bodies' approved updates there. Clerks and tenant admins only. A reason is
    /// required when <see cref="ReasonRequired"/> says so.
    /// </summary>
    public async Task<ServiceResult<CommitmentStatusDecision>> SetOverallStatusAsync(Guid commitmentId, Guid? roundId, CommitmentStatus? status, string? reason, ActingUser actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!ProgressReportingAccess.CanReview(await ProgressReportingAccess.MembershipAsync(db, actor, cancellationToken)))
        {
            return ServiceResult.Failure<CommitmentStatusDecision>(new FieldError("", ProgressReportingAccess.NotAReviewer));
        }

        if (!await db.Set<Commitment>().AnyAsync(c => c.Id == commitmentId, cancellationToken))
        {
            return ServiceResult.Failure<CommitmentStatusDecision>(new FieldError("", "Commitment not found"));
        }

        if (roundId is not null && !await db.Set<ReportingRound>().AnyAsync(r => r.Id == roundId, cancellationToken))
        {
            return ServiceResult.Failure<CommitmentStatusDecision>(new FieldError("", "Reporting round not found"));
        }

        var ratings = await ApprovedRatingsAsync(commitmentId, roundId, cancellationToken);
        var statuses = ratings.Select(r => r.Status).ToList();
        var errors = new List<FieldError>();
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (ratings.Count == 0)
        {
            errors.Add(new FieldError("", "No lead body's update has been approved yet: approve an update before setting the overall status"));
        }

        if (status is null)
        {
            errors.Add(new FieldError("status", "Select the commitment's overall status"));
        }
        else if (!Enum.IsDefined(status.Value))
        {
            errors.Add(new FieldError("status", StatusNotInList));
        }
        else if (reason is null && ReasonRequired(statuses, status.Value))
        {
            errors.Add(new FieldError("reason", RatingsDiffer(statuses)
                ? "Enter a reason: the lead bodies' ratings differ"
                : "Enter a reason: the overall status differs from the lead body's rating"));
        }

        if (reason?.Length > SchemaLimits.Comment)
        {
            errors.Add(new FieldError("reason", $"Reason must be {SchemaLimits.Comment} characters or fewer"));
        }

        if (errors.Count > 0)
        {
            return ServiceResult.Failure<CommitmentStatusDecision>(errors);
        }

        var decision = await AddDecisionAsync(commitmentId, roundId, status!.Value, reason, ratings.Select(r => r.UpdateId), actor, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (await IsSequenceClashAsync(decision, cancellationToken))
            {
                return ServiceResult.Failure<CommitmentStatusDecision>(new FieldError("status", SimultaneousDecision));
            }

            throw;
        }

        return ServiceResult.Success(decision);
    }

    /// <summary>
    /// The lead bodies' approved ratings of the commitment in a round (with a null round: each lead body's latest
    /// approved update given outside rounds), by organisation name.
    /// </summary>
    public async Task<IReadOnlyList<LeadBodyRating>> ApprovedRatingsAsync(Guid commitmentId, Guid? roundId, CancellationToken cancellationToken = default)
    {
        var approved = await db.Set<CommitmentUpdate>().AsNoTracking()
            .Where(u => u.CommitmentId == commitmentId && u.ReportingRoundId == roundId && u.State == UpdateState.Approved && u.Status != null)
            .Join(db.Set<Organisation>(), u => u.OrganisationId, o => o.Id, (u, o) => new { u.Id, u.OrganisationId, o.Name, u.Status, u.ReviewedAt, u.CreatedAt })
            .ToListAsync(cancellationToken);
        return approved
            .GroupBy(u => u.OrganisationId)
            .Select(g => g.MaxBy(u => u.ReviewedAt ?? u.CreatedAt)!)
            .Select(u => new LeadBodyRating(u.Id, u.OrganisationId, u.Name, u.Status!.Value, u.ReviewedAt))
            .OrderBy(r => r.OrganisationName, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// The latest decision of each commitment that has one (commitments without are absent), in one SQL command
    /// however many ids are asked for, so a dashboard of a hundred commitments costs one round trip.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, CurrentCommitmentStatus>> CurrentStatusAsync(IReadOnlyCollection<Guid> commitmentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitmentIds);
        var ids = commitmentIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, CurrentCommitmentStatus>();
        }

        var decisions = db.Set<CommitmentStatusDecision>();
        var latest = await decisions.AsNoTracking()
            .Where(d => ids.Contains(d.CommitmentId) && !decisions.Any(later => later.CommitmentId == d.CommitmentId && later.Sequence > d.Sequence))
            .Select(d => new CurrentCommitmentStatus(d.CommitmentId, d.Status, d.DecidedAt, d.ReportingRoundId))
            .ToListAsync(cancellationToken);
        return latest.ToDictionary(s => s.CommitmentId);
    }

    /// <summary>Every decision about the commitment with the updates it rests on, latest first: the status history.</summary>
    public async Task<IReadOnlyList<CommitmentStatusDecision>> ListDecisionsAsync(Guid commitmentId, CancellationToken cancellationToken = default) =>
        (await db.Set<CommitmentStatusDecision>().AsNoTracking().Include(d => d.Sources)
            .Where(d => d.CommitmentId == commitmentId)
            .ToListAsync(cancellationToken))
            .OrderByDescending(d => d.Sequence)
            .ToList();

    /// <summary>Adds the commitment's next decision to the unit of work without saving, so an approval and the decision it causes commit together.</summary>
    internal async Task<CommitmentStatusDecision> AddDecisionAsync(Guid commitmentId, Guid? roundId, CommitmentStatus status, string? reason, IEnumerable<Guid> sourceUpdateIds, ActingUser actor, CancellationToken cancellationToken)
    {
        var last = await db.Set<CommitmentStatusDecision>().Where(d => d.CommitmentId == commitmentId).MaxAsync(d => (int?)d.Sequence, cancellationToken) ?? 0;
        var decision = new CommitmentStatusDecision
        {
            CommitmentId = commitmentId,
            ReportingRoundId = roundId,
            Sequence = last + 1,
            Status = status,
            Reason = reason,
            DecidedById = actor.UserId,
            DecidedByName = actor.Name,
            DecidedAt = db.Clock.GetUtcNow(),
        };
        decision.Sources.AddRange(sourceUpdateIds.Distinct().Select(id => new CommitmentStatusDecisionSource { DecisionId = decision.Id, UpdateId = id }));
        db.Add(decision);
        return decision;
    }

    /// <summary>
    /// Whether a failed save was another decision taking the same sequence number (the unique index refused this
    /// one). The unit of work is cleared either way, audit rows included, so nothing of the failed save is written later.
    /// </summary>
    internal async Task<bool> IsSequenceClashAsync(CommitmentStatusDecision decision, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Set<CommitmentStatusDecision>().AsNoTracking()
            .AnyAsync(d => d.CommitmentId == decision.CommitmentId && d.Sequence == decision.Sequence && d.Id != decision.Id, cancellationToken);
    }
}
