using System.Globalization;
using KmIcs.Assurance.Data.Configurations;
using KmIcs.Assurance.Data.Strategies;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Domain.Strategies;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>
/// Lead bodies' progress updates from draft to approval: a lead partner starts, saves and submits an update for an
/// organisation they act for that leads the commitment, while the round accepts updates from it; a clerk or tenant
/// admin returns it with a comment or approves it. Every write checks the row's <c>Version</c>, so two people editing
/// one draft cannot overwrite each other silently: the second gets a <see cref="UpdateConflict"/> naming what changed.
/// Every write goes through <c>SaveChanges</c>, so the audit log records it with its before and after values.
/// </summary>
public sealed class CommitmentUpdateService(AssuranceDbContext db, CommitmentStatusService statuses)
{
    /// <summary>The refusal of a status that is none of the ratings the form offers.</summary>
    public const string StatusNotInList = "Select a status from the list";

    /// <summary>
    /// The organisation's update of the commitment in the round: the existing one in whatever state, or a new draft
    /// authored by <paramref name="actor"/>. Refused unless the actor is a lead partner for the organisation, the
    /// organisation leads the commitment, the commitment belongs to the round's strategy and (for a new draft) the
    /// round accepts updates from the organisation today. With a null round: the organisation's open draft given
    /// outside rounds, or a new one.
    /// </summary>
    public async Task<CommitmentUpdateResult> GetOrCreateDraftAsync(Guid commitmentId, Guid organisationId, Guid? roundId, ActingUser actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (refusal, round) = await CheckNewAsync(commitmentId, organisationId, roundId, actor, cancellationToken);
        if (refusal is not null)
        {
            return CommitmentUpdateResult.Failure(refusal);
        }

        var existing = await FindExistingAsync(commitmentId, organisationId, roundId, cancellationToken);
        if (existing is not null)
        {
            return CommitmentUpdateResult.Success(existing);
        }

        if (round is not null && LockedMessage(round, ReportingCalendar.Today(db.Clock), organisationId) is { } locked)
        {
            return CommitmentUpdateResult.Failure(new FieldError("", locked));
        }

        var update = NewUpdate(commitmentId, organisationId, roundId, actor);
        db.Add(update);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommitmentUpdateResult.Success(update);
        }
        catch (DbUpdateException) when (roundId is not null)
        {
            // A colleague started the same update at the same moment; the unique index kept one. Use theirs.
            db.ChangeTracker.Clear();
            existing = await FindExistingAsync(commitmentId, organisationId, roundId, cancellationToken);
            return existing is not null ? CommitmentUpdateResult.Success(existing) : throw new InvalidOperationException("The update could not be created.");
        }
    }

    /// <summary>
    /// Starts the organisation's update of the commitment in the round from a form made when there was none: with the
    /// form's values, as a draft or (<paramref name="submit"/>) sent for review, in one save. Refused as
    /// <see cref="GetOrCreateDraftAsync"/> refuses, and checked as <see cref="SaveDraftAsync"/> or
    /// <see cref="SubmitAsync"/> check; nothing is written when anything is wrong, so a refused first submission leaves
    /// no draft nobody saved. When the update exists by now (a colleague started it after the form was opened), nothing
    /// is written and the result is a <see cref="UpdateConflict"/> with theirs.
    /// </summary>
    public async Task<CommitmentUpdateResult> StartAsync(Guid commitmentId, Guid organisationId, Guid? roundId, CommitmentUpdateInput input, bool submit, ActingUser actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var (refusal, round) = await CheckNewAsync(commitmentId, organisationId, roundId, actor, cancellationToken);
        if (refusal is not null)
        {
            return CommitmentUpdateResult.Failure(refusal);
        }

        var blank = new CommitmentUpdateInput();
        var existing = await FindExistingAsync(commitmentId, organisationId, roundId, cancellationToken);
        if (existing is not null)
        {
            return Conflict(existing, blank);
        }

        if (round is not null && LockedMessage(round, ReportingCalendar.Today(db.Clock), organisationId) is { } locked)
        {
            return CommitmentUpdateResult.Failure(new FieldError("", locked));
        }

        var value = input.Normalised();
        var errors = Validate(value, submit);
        if (errors.Count > 0)
        {
            return CommitmentUpdateResult.Failure(errors);
        }

        var update = NewUpdate(commitmentId, organisationId, roundId, actor);
        update.Edit(value.Status, value.Progress, value.MilestonesProgress, value.RisksAndIssues, value.NextSteps, value.EvidenceUrl, actor.UserId, actor.Name, update.CreatedAt);
        db.Add(update);
        if (submit)
        {
            db.Add(update.Submit(actor.UserId, actor.Name, update.CreatedAt));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommitmentUpdateResult.Success(update);
        }
        catch (DbUpdateException) when (roundId is not null)
        {
            // A colleague started the same update at the same moment; the unique index kept theirs, and nothing of ours was written.
            db.ChangeTracker.Clear();
            existing = await FindExistingAsync(commitmentId, organisationId, roundId, cancellationToken);
            return existing is not null ? Conflict(existing, blank) : throw new InvalidOperationException("The update could not be created.");
        }
    }

    /// <summary>One update with its organisation, round (and lock exceptions) and review history; null when not in this tenant.</summary>
    public async Task<CommitmentUpdate?> FindAsync(Guid updateId, CancellationToken cancellationToken = default)
    {
        var update = await db.Set<CommitmentUpdate>().AsNoTracking()
            .Include(u => u.Organisation)
            .Include(u => u.ReportingRound).ThenInclude(r => r!.LockExceptions)
            .Include(u => u.Events)
            .SingleOrDefaultAsync(u => u.Id == updateId, cancellationToken);
        update?.Events.Sort(ByTime);
        return update;
    }

    /// <summary>
    /// Saves the form as the draft. Only lengths and the link's form are checked, so a half-written update can be
    /// kept. <paramref name="expectedVersion"/> is the <c>Version</c> the form was made from; if someone saved since,
    /// nothing is written and the result's <see cref="UpdateConflict"/> names the fields they changed, compared with
    /// <paramref name="original"/> (the values the form started from) or, without it, with the input.
    /// </summary>
    public Task<CommitmentUpdateResult> SaveDraftAsync(Guid updateId, CommitmentUpdateInput input, int expectedVersion, ActingUser actor, CommitmentUpdateInput? original = null, CancellationToken cancellationToken = default) =>
        WriteAsync(updateId, input, expectedVersion, actor, original, submit: false, cancellationToken);

    /// <summary>
    /// Saves the form and sends it for review, in one save: as <see cref="SaveDraftAsync"/>, and the status and
    /// progress are required. Nothing is written when anything is wrong.
    /// </summary>
    public Task<CommitmentUpdateResult> SubmitAsync(Guid updateId, CommitmentUpdateInput input, int expectedVersion, ActingUser actor, CommitmentUpdateInput? original = null, CancellationToken cancellationToken = default) =>
        WriteAsync(updateId, input, expectedVersion, actor, original, submit: true, cancellationToken);

    /// <summary>
    /// Sends a submitted update back to its lead body with a comment saying what to change (required). Clerks and
    /// tenant admins only; refused when the update changed since the reviewer opened it (<paramref name="expectedVersion"/>).
    /// Reviews are allowed after the round closes; a returned update in a locked round needs a lock exception before
    /// the lead body can resubmit it.
    /// </summary>
    public Task<CommitmentUpdateResult> ReturnAsync(Guid updateId, int expectedVersion, string? comment, ActingUser reviewer, CancellationToken cancellationToken = default) =>
        ReviewAsync(updateId, expectedVersion, comment, reviewer, approve: false, cancellationToken);

    /// <summary>
    /// Approves a submitted update, with an optional comment. When the commitment has a single lead body, its rating
    /// becomes the commitment's overall status at once (a <see cref="CommitmentStatusDecision"/> in the same save);
    /// with several, the clerk sets it with <see cref="CommitmentStatusService.SetOverallStatusAsync"/>.
    /// </summary>
    public Task<CommitmentUpdateResult> ApproveAsync(Guid updateId, int expectedVersion, string? comment, ActingUser reviewer, CancellationToken cancellationToken = default) =>
        ReviewAsync(updateId, expectedVersion, comment, reviewer, approve: true, cancellationToken);

    /// <summary>
    /// The commitment's updates, every state unless <paramref name="approvedOnly"/>, latest round first and by
    /// organisation within a round, each with its review history. Pages show drafts and returned updates only to the
    /// lead body's partners and to reviewers.
    /// </summary>
    public async Task<IReadOnlyList<CommitmentUpdate>> ListForCommitmentAsync(Guid commitmentId, bool approvedOnly = false, CancellationToken cancellationToken = default)
    {
        var query = db.Set<CommitmentUpdate>().AsNoTracking()
            .Include(u => u.Organisation)
            .Include(u => u.ReportingRound)
            .Include(u => u.Events)
            .Where(u => u.CommitmentId == commitmentId);
        if (approvedOnly)
        {
            query = query.Where(u => u.State == UpdateState.Approved);
        }

        var updates = await query.ToListAsync(cancellationToken);
        updates.ForEach(u => u.Events.Sort(ByTime));
        return updates
            .OrderByDescending(u => u.ReportingRound?.Opens ?? DateOnly.FromDateTime(u.CreatedAt.UtcDateTime))
            .ThenByDescending(u => u.CreatedAt)
            .ThenBy(u => u.Organisation?.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>The round's updates waiting for review (submitted), oldest submission first: the clerk's queue.</summary>
    public async Task<IReadOnlyList<CommitmentUpdate>> ListSubmittedAsync(Guid roundId, CancellationToken cancellationToken = default) =>
        (await db.Set<CommitmentUpdate>().AsNoTracking()
            .Include(u => u.Organisation)
            .Where(u => u.ReportingRoundId == roundId && u.State == UpdateState.Submitted)
            .ToListAsync(cancellationToken))
            .OrderBy(u => u.SubmittedAt)
            .ToList();

    /// <summary>
    /// "My updates": every commitment led by an organisation the actor is a lead partner for, with that organisation's
    /// update in the current round (<see cref="ReportingRoundService.FindCurrentAsync"/>) and whether it is due or overdue.
    /// Empty for someone who is not a lead partner.
    /// </summary>
    public async Task<IReadOnlyList<AssignedCommitment>> ListAssignedAsync(ActingUser actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var organisations = ProgressReportingAccess.LeadPartnerOrganisations(await ProgressReportingAccess.MembershipAsync(db, actor, cancellationToken));
        if (organisations.Count == 0)
        {
            return [];
        }

        var today = ReportingCalendar.Today(db.Clock);
        var round = await ReportingRoundService.CurrentAsync(db, today, cancellationToken);
        var strategyId = round?.StrategyId ?? await db.CurrentStrategyIdAsync(cancellationToken);
        if (strategyId is null)
        {
            return [];
        }

        var commitments = await StrategyCommitments.ListAsync(db, strategyId.Value, organisations, cancellationToken);
        var updates = round is null
            ? []
            : await db.Set<CommitmentUpdate>().AsNoTracking()
                .Where(u => u.ReportingRoundId == round.Id && organisations.Contains(u.OrganisationId))
                .ToListAsync(cancellationToken);
        var updateBy = updates.ToDictionary(u => (u.CommitmentId, u.OrganisationId));
        return commitments
            .SelectMany(c => c.LeadBodies.Where(l => organisations.Contains(l.Id)).Select(l => new AssignedCommitment(
                c.Id,
                c.Text,
                c.OutcomeNumber,
                l.Id,
                l.Name,
                round,
                round?.PhaseFor(today, l.Id),
                updateBy.GetValueOrDefault((c.Id, l.Id)))))
            .ToList();
    }

    /// <summary>
    /// The problems with an update's values: lengths and the evidence link always, and for submission the required
    /// status and progress. Field names are <see cref="CommitmentUpdateFields"/>; an empty list means it can be saved.
    /// </summary>
    public static IReadOnlyList<FieldError> Validate(CommitmentUpdateInput input, bool forSubmission)
    {
        ArgumentNullException.ThrowIfNull(input);
        var value = input.Normalised();
        var errors = new List<FieldError>();
        if (forSubmission && value.Status is null)
        {
            errors.Add(new FieldError(CommitmentUpdateFields.Status, "Select a status for the commitment"));
        }

        if (value.Status is { } status && !Enum.IsDefined(status))
        {
            errors.Add(new FieldError(CommitmentUpdateFields.Status, StatusNotInList));
        }

        if (forSubmission && value.Progress is null)
        {
            errors.Add(new FieldError(CommitmentUpdateFields.Progress, "Enter the progress made"));
        }

        CheckLength(CommitmentUpdateFields.Progress, value.Progress);
        CheckLength(CommitmentUpdateFields.MilestonesProgress, value.MilestonesProgress);
        CheckLength(CommitmentUpdateFields.RisksAndIssues, value.RisksAndIssues);
        CheckLength(CommitmentUpdateFields.NextSteps, value.NextSteps);

        if (value.EvidenceUrl is { } url)
        {
            if (url.Length > SchemaLimits.Url)
            {
                errors.Add(new FieldError(CommitmentUpdateFields.EvidenceUrl, $"Link to evidence must be {SchemaLimits.Url} characters or fewer"));
            }
            else if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || url.Any(char.IsWhiteSpace))
            {
                errors.Add(new FieldError(CommitmentUpdateFields.EvidenceUrl, "Enter the link to evidence as a full web address starting with https://"));
            }
        }

        return errors;

        void CheckLength(string field, string? text)
        {
            if (text?.Length > SchemaLimits.Narrative)
            {
                errors.Add(new FieldError(field, $"{CommitmentUpdateFields.Label(field)} must be {SchemaLimits.Narrative} characters or fewer"));
            }
        }
    }

    /// <summary>Why the organisation cannot write in the round today, or null when it can.</summary>
    public static string? LockedMessage(ReportingRound round, DateOnly today, Guid organisationId)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.PhaseFor(today, organisationId) switch
        {
            RoundPhase.NotYetOpen => Text($"The round '{round.Name}' opens on {round.Opens:d MMMM yyyy}: updates cannot be written before then"),
            RoundPhase.Locked => Text($"The round '{round.Name}' closed on {round.Closes:d MMMM yyyy} and is locked: ask the committee clerk for a lock exception"),
            RoundPhase.Open or RoundPhase.OpenByException => null,
        };
    }

    private async Task<CommitmentUpdateResult> WriteAsync(Guid updateId, CommitmentUpdateInput input, int expectedVersion, ActingUser actor, CommitmentUpdateInput? original, bool submit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(actor);
        var update = await LoadAsync(updateId, cancellationToken);
        if (update is null)
        {
            return CommitmentUpdateResult.Failure(new FieldError("", "Update not found"));
        }

        var membership = await ProgressReportingAccess.MembershipAsync(db, actor, cancellationToken);
        if (!ProgressReportingAccess.SpeaksFor(membership, update.OrganisationId))
        {
            return CommitmentUpdateResult.Failure(new FieldError(CommitmentUpdateFields.Organisation, ProgressReportingAccess.NotYourOrganisation));
        }

        if (update.ReportingRound is { } round && LockedMessage(round, ReportingCalendar.Today(db.Clock), update.OrganisationId) is { } locked)
        {
            return CommitmentUpdateResult.Failure(new FieldError("", locked));
        }

        if (!update.IsEditable)
        {
            return CommitmentUpdateResult.Failure(new FieldError("", Text($"This update was {update.State.ToString().ToLowerInvariant()} by {(update.State == UpdateState.Submitted ? update.SubmittedByName : update.ReviewedByName)}, so it can no longer be changed")));
        }

        var value = input.Normalised();
        if (update.Version != expectedVersion)
        {
            return Conflict(update, original ?? value);
        }

        var errors = Validate(value, submit);
        if (errors.Count > 0)
        {
            return CommitmentUpdateResult.Failure(errors);
        }

        var now = db.Clock.GetUtcNow();
        update.Edit(value.Status, value.Progress, value.MilestonesProgress, value.RisksAndIssues, value.NextSteps, value.EvidenceUrl, actor.UserId, actor.Name, now);
        if (submit)
        {
            db.Add(update.Submit(actor.UserId, actor.Name, now));
        }

        update.Version++;
        return await SaveAsync(update, original ?? value, cancellationToken);
    }

    private async Task<CommitmentUpdateResult> ReviewAsync(Guid updateId, int expectedVersion, string? comment, ActingUser reviewer, bool approve, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        if (!ProgressReportingAccess.CanReview(await ProgressReportingAccess.MembershipAsync(db, reviewer, cancellationToken)))
        {
            return CommitmentUpdateResult.Failure(new FieldError("", ProgressReportingAccess.NotAReviewer));
        }

        var update = await LoadAsync(updateId, cancellationToken);
        if (update is null)
        {
            return CommitmentUpdateResult.Failure(new FieldError("", "Update not found"));
        }

        if (update.State != UpdateState.Submitted)
        {
            return CommitmentUpdateResult.Failure(new FieldError("", Text($"This update is {update.State.ToString().ToLowerInvariant()}: only a submitted update can be {(approve ? "approved" : "returned")}")));
        }

        if (update.Version != expectedVersion)
        {
            return new CommitmentUpdateResult(null, [new FieldError("", ChangedSinceOpened(update))], new UpdateConflict(update, []));
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (!approve && comment is null)
        {
            return CommitmentUpdateResult.Failure(new FieldError(CommitmentUpdateFields.Comment, "Enter a comment saying what the lead body needs to change"));
        }

        if (comment?.Length > SchemaLimits.Comment)
        {
            return CommitmentUpdateResult.Failure(new FieldError(CommitmentUpdateFields.Comment, $"Comment must be {SchemaLimits.Comment} characters or fewer"));
        }

        var now = db.Clock.GetUtcNow();
        db.Add(approve ? update.Approve(reviewer.UserId, reviewer.Name, comment, now) : update.Return(reviewer.UserId, reviewer.Name, comment!, now));
        update.Version++;
        CommitmentStatusDecision? decision = null;
        if (approve && update.Status is { } status)
        {
            var leads = await db.Set<CommitmentLeadBody>().Where(l => l.CommitmentId == update.CommitmentId).Select(l => l.OrganisationId).ToListAsync(cancellationToken);
            if (leads.Count == 1 && leads[0] == update.OrganisationId)
            {
                decision = await statuses.AddDecisionAsync(update.CommitmentId, update.ReportingRoundId, status, null, [update.Id], reviewer, cancellationToken);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommitmentUpdateResult.Success(update);
        }
        catch (DbUpdateConcurrencyException)
        {
            var current = await ReloadAsync(updateId, cancellationToken);
            return new CommitmentUpdateResult(null, [new FieldError("", ChangedSinceOpened(current))], new UpdateConflict(current, []));
        }
        catch (DbUpdateException) when (decision is not null)
        {
            if (await statuses.IsSequenceClashAsync(decision, cancellationToken))
            {
                return CommitmentUpdateResult.Failure(new FieldError("", CommitmentStatusService.SimultaneousDecision));
            }

            throw;
        }
    }

    private async Task<CommitmentUpdateResult> SaveAsync(CommitmentUpdate update, CommitmentUpdateInput compareWith, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return CommitmentUpdateResult.Success(update);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: the database refused the stale version. Nothing was written.
            return Conflict(await ReloadAsync(update.Id, cancellationToken), compareWith);
        }
    }

    private static CommitmentUpdateResult Conflict(CommitmentUpdate current, CommitmentUpdateInput compareWith)
    {
        var changed = CommitmentUpdateInput.From(current).DifferencesFrom(compareWith);
        var errors = changed.Count == 0
            ? [new FieldError("", Text($"{current.UpdatedByName} saved this update while you were editing it. Check it, then save your changes again"))]
            : changed.Select(field => new FieldError(field, Text($"{CommitmentUpdateFields.Label(field)} was changed by {current.UpdatedByName} while you were editing. Check their version, then save your changes again"))).ToList();
        return new CommitmentUpdateResult(null, errors, new UpdateConflict(current, changed));
    }

    private static string ChangedSinceOpened(CommitmentUpdate current) =>
        Text($"This update changed after you opened it (it is now {current.State.ToString().ToLowerInvariant()}). Check it again before you review it");

    private Task<CommitmentUpdate?> LoadAsync(Guid updateId, CancellationToken cancellationToken) =>
        db.Set<CommitmentUpdate>()
            .Include(u => u.ReportingRound).ThenInclude(r => r!.LockExceptions)
            .SingleOrDefaultAsync(u => u.Id == updateId, cancellationToken);

    /// <summary>The update as the database now holds it, after a failed save; the unit of work is cleared so nothing stale is written later.</summary>
    private async Task<CommitmentUpdate> ReloadAsync(Guid updateId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Set<CommitmentUpdate>().AsNoTracking().SingleAsync(u => u.Id == updateId, cancellationToken);
    }

    /// <summary>
    /// Why the actor cannot start an update of the commitment for the organisation in the round (not a lead partner
    /// for it, it does not lead the commitment, the round is unknown or reports on another strategy), or null with the round.
    /// </summary>
    private async Task<(FieldError? Refusal, ReportingRound? Round)> CheckNewAsync(Guid commitmentId, Guid organisationId, Guid? roundId, ActingUser actor, CancellationToken cancellationToken)
    {
        var membership = await ProgressReportingAccess.MembershipAsync(db, actor, cancellationToken);
        if (!ProgressReportingAccess.SpeaksFor(membership, organisationId))
        {
            return (new FieldError(CommitmentUpdateFields.Organisation, ProgressReportingAccess.NotYourOrganisation), null);
        }

        var commitment = await db.Set<Commitment>().AsNoTracking().Include(c => c.LeadBodies).SingleOrDefaultAsync(c => c.Id == commitmentId, cancellationToken);
        if (commitment is null)
        {
            return (new FieldError("", "Commitment not found"), null);
        }

        if (!commitment.IsLedBy(organisationId))
        {
            var name = await db.Set<Organisation>().Where(o => o.Id == organisationId).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
            return (new FieldError(CommitmentUpdateFields.Organisation, $"{name ?? "This organisation"} does not lead this commitment, so it cannot report on it"), null);
        }

        if (roundId is null)
        {
            return (null, null);
        }

        var round = await db.Set<ReportingRound>().AsNoTracking().Include(r => r.LockExceptions).SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null)
        {
            return (new FieldError("", "Reporting round not found"), null);
        }

        return await InStrategyAsync(commitmentId, round.StrategyId, cancellationToken)
            ? (null, round)
            : (new FieldError("", "This commitment is not part of the strategy this round reports on"), null);
    }

    private CommitmentUpdate NewUpdate(Guid commitmentId, Guid organisationId, Guid? roundId, ActingUser actor)
    {
        var now = db.Clock.GetUtcNow();
        return new CommitmentUpdate
        {
            CommitmentId = commitmentId,
            OrganisationId = organisationId,
            ReportingRoundId = roundId,
            AuthorId = actor.UserId,
            AuthorName = actor.Name,
            CreatedAt = now,
            UpdatedById = actor.UserId,
            UpdatedByName = actor.Name,
            UpdatedAt = now,
        };
    }

    private Task<CommitmentUpdate?> FindExistingAsync(Guid commitmentId, Guid organisationId, Guid? roundId, CancellationToken cancellationToken)
    {
        var query = db.Set<CommitmentUpdate>().Include(u => u.ReportingRound).ThenInclude(r => r!.LockExceptions)
            .Where(u => u.CommitmentId == commitmentId && u.OrganisationId == organisationId && u.ReportingRoundId == roundId);
        return roundId is null
            ? query.Where(u => u.State == UpdateState.Draft || u.State == UpdateState.Returned).OrderByDescending(u => u.Version).FirstOrDefaultAsync(cancellationToken)
            : query.SingleOrDefaultAsync(cancellationToken);
    }

    private Task<bool> InStrategyAsync(Guid commitmentId, Guid strategyId, CancellationToken cancellationToken) =>
        (from c in db.Set<Commitment>()
         join p in db.Set<Priority>() on c.PriorityId equals p.Id
         join o in db.Set<Outcome>() on p.OutcomeId equals o.Id
         where c.Id == commitmentId && o.StrategyId == strategyId
         select c.Id).AnyAsync(cancellationToken);

    private static int ByTime(CommitmentUpdateEvent a, CommitmentUpdateEvent b)
    {
        var byTime = a.At.CompareTo(b.At);
        return byTime != 0 ? byTime : a.Id.CompareTo(b.Id);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
