using System.Globalization;
using KmIcs.Assurance.Data.Configurations;
using KmIcs.Assurance.Data.Strategies;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.ProgressReporting;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>
/// The clerk's side of reporting rounds: open and edit a round, list them, see what a round asks for and how far each
/// organisation has got, and grant lock exceptions. Everything goes through the tenant query filter, so an id from
/// another tenant is simply not found; every write goes through <c>SaveChanges</c>, so the audit log records it.
/// </summary>
public sealed class ReportingRoundService(AssuranceDbContext db)
{
    public const string StaleMessage = "Someone else changed this round while you were editing it. Its current details are shown: check them and try again";

    /// <summary>Opens a round on the tenant's current strategy. Clerks and tenant admins only.</summary>
    public async Task<ServiceResult<ReportingRound>> OpenAsync(string? name, string? period, DateOnly? opens, DateOnly? closes, ActingUser actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!ProgressReportingAccess.CanReview(await ProgressReportingAccess.MembershipAsync(db, actor, cancellationToken)))
        {
            return ServiceResult.Failure<ReportingRound>(new FieldError("", ProgressReportingAccess.NotAReviewer));
        }

        var (errors, parsed) = await ValidateAsync(null, name, period, opens, closes, cancellationToken);
        var strategyId = await db.CurrentStrategyIdAsync(cancellationToken);
        if (strategyId is null)
        {
            errors.Add(new FieldError("", "There is no current strategy to report on: mark a strategy edition as current first"));
        }

        if (errors.Count > 0)
        {
            return ServiceResult.Failure<ReportingRound>(errors);
        }

        var round = new ReportingRound
        {
            StrategyId = strategyId!.Value,
            Name = name!.Trim(),
            Period = parsed!,
            Opens = opens!.Value,
            Closes = closes!.Value,
            CreatedAt = db.Clock.GetUtcNow(),
            CreatedById = actor.UserId,
            CreatedByName = actor.Name,
        };
        db.Add(round);
        return await SaveAsync(round, cancellationToken);
    }

    /// <summary>Renames a round or moves its dates, refusing a form made from an older version of it.</summary>
    public async Task<ServiceResult<ReportingRound>> EditAsync(Guid roundId, int expectedVersion, string? name, string? period, DateOnly? opens, DateOnly? closes, ActingUser actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!ProgressReportingAccess.CanReview(await ProgressReportingAccess.MembershipAsync(db, actor, cancellationToken)))
        {
            return ServiceResult.Failure<ReportingRound>(new FieldError("", ProgressReportingAccess.NotAReviewer));
        }

        var round = await db.Set<ReportingRound>().Include(r => r.LockExceptions).SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null)
        {
            return ServiceResult.Failure<ReportingRound>(new FieldError("", "Reporting round not found"));
        }

        if (round.Version != expectedVersion)
        {
            return ServiceResult.Failure<ReportingRound>(new FieldError("name", StaleMessage));
        }

        var (errors, parsed) = await ValidateAsync(roundId, name, period, opens, closes, cancellationToken);
        if (errors.Count > 0)
        {
            return ServiceResult.Failure<ReportingRound>(errors);
        }

        round.Name = name!.Trim();
        round.Period = parsed!;
        round.Opens = opens!.Value;
        round.Closes = closes!.Value;
        round.Version++;
        return await SaveAsync(round, cancellationToken);
    }

    /// <summary>Every round of the tenant with its lock exceptions, most recently opened first.</summary>
    public async Task<IReadOnlyList<ReportingRound>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<ReportingRound>().AsNoTracking().Include(r => r.LockExceptions).ToListAsync(cancellationToken))
            .OrderByDescending(r => r.Opens)
            .ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>One round with its lock exceptions; null when it does not exist in this tenant.</summary>
    public Task<ReportingRound?> FindAsync(Guid roundId, CancellationToken cancellationToken = default) =>
        db.Set<ReportingRound>().AsNoTracking().Include(r => r.LockExceptions).SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);

    /// <summary>
    /// The round lead partners are working on: of the rounds that have opened by today, the one that opened last
    /// (it may have closed since, which is what makes updates overdue). Null before the first round opens.
    /// </summary>
    public Task<ReportingRound?> FindCurrentAsync(CancellationToken cancellationToken = default) =>
        CurrentAsync(db, ReportingCalendar.Today(db.Clock), cancellationToken);

    /// <summary>See <see cref="FindCurrentAsync"/>; shared with "my updates".</summary>
    internal static Task<ReportingRound?> CurrentAsync(AssuranceDbContext db, DateOnly today, CancellationToken cancellationToken) =>
        db.Set<ReportingRound>().AsNoTracking().Include(r => r.LockExceptions)
            .Where(r => r.Opens <= today)
            .OrderByDescending(r => r.Opens).ThenByDescending(r => r.Closes)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The round with every commitment of its strategy, each lead body's update in the round, the overall status
    /// decided in the round, and completion by organisation. Four commands, whatever the size of the strategy.
    /// </summary>
    public async Task<RoundOverview?> GetAsync(Guid roundId, CancellationToken cancellationToken = default)
    {
        var round = await FindAsync(roundId, cancellationToken);
        if (round is null)
        {
            return null;
        }

        var commitments = await StrategyCommitments.ListAsync(db, round.StrategyId, null, cancellationToken);
        var updates = (await db.Set<CommitmentUpdate>().AsNoTracking()
                .Where(u => u.ReportingRoundId == roundId)
                .Select(u => new { u.Id, u.CommitmentId, u.OrganisationId, u.State, u.Status })
                .ToListAsync(cancellationToken))
            .ToDictionary(u => (u.CommitmentId, u.OrganisationId));
        var decisions = (await db.Set<CommitmentStatusDecision>().AsNoTracking()
                .Where(d => d.ReportingRoundId == roundId)
                .Select(d => new { d.CommitmentId, d.Sequence, d.Status })
                .ToListAsync(cancellationToken))
            .GroupBy(d => d.CommitmentId)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.Sequence)!.Status);

        var rows = commitments.Select(c => new RoundCommitment(
                c.Id,
                c.Text,
                c.OutcomeNumber,
                c.LeadBodies.Select(l => updates.TryGetValue((c.Id, l.Id), out var u)
                        ? new RoundLeadBody(l.Id, l.Name, u.Id, u.State, u.Status)
                        : new RoundLeadBody(l.Id, l.Name, null, null, null))
                    .ToList(),
                decisions.TryGetValue(c.Id, out var decided) ? decided : null))
            .ToList();

        var today = ReportingCalendar.Today(db.Clock);
        var completion = rows
            .SelectMany(c => c.LeadBodies)
            .GroupBy(l => (l.OrganisationId, l.OrganisationName))
            .Select(g => new OrganisationCompletion(
                g.Key.OrganisationId,
                g.Key.OrganisationName,
                g.Count(),
                g.Count(l => l.IsReported),
                g.Count(l => l.State == UpdateState.Approved),
                round.PhaseFor(today, g.Key.OrganisationId)))
            .OrderBy(o => o.OrganisationName, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new RoundOverview(round, round.PhaseFor(today), rows, completion);
    }

    /// <summary>
    /// Lets one organisation keep writing after the close, until <paramref name="until"/> (inclusive). Granting
    /// again for the same organisation replaces the date and reason; the audit log keeps the earlier grant.
    /// </summary>
    public async Task<ServiceResult<RoundLockException>> GrantLockExceptionAsync(Guid roundId, Guid organisationId, DateOnly? until, string? reason, ActingUser actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!ProgressReportingAccess.CanReview(await ProgressReportingAccess.MembershipAsync(db, actor, cancellationToken)))
        {
            return ServiceResult.Failure<RoundLockException>(new FieldError("", ProgressReportingAccess.NotAReviewer));
        }

        var round = await db.Set<ReportingRound>().Include(r => r.LockExceptions).SingleOrDefaultAsync(r => r.Id == roundId, cancellationToken);
        if (round is null)
        {
            return ServiceResult.Failure<RoundLockException>(new FieldError("", "Reporting round not found"));
        }

        var today = ReportingCalendar.Today(db.Clock);
        var errors = new List<FieldError>();
        // The tenant query filter limits this to the current tenant's organisations: another tenant's id is simply unknown.
        if (!await db.Set<Organisation>().AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            errors.Add(new FieldError("organisation", "Select the organisation the exception is for"));
        }

        if (until is not { } last)
        {
            errors.Add(new FieldError("until", "Enter the last day the organisation can still write updates"));
        }
        else if (last <= round.Closes)
        {
            errors.Add(new FieldError("until", Text($"The exception must run past the round's closing date, {round.Closes:d MMMM yyyy}")));
        }
        else if (last < today)
        {
            errors.Add(new FieldError("until", "The last day must be today or later"));
        }

        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            errors.Add(new FieldError("reason", "Enter the reason for the exception"));
        }
        else if (reason.Length > SchemaLimits.Comment)
        {
            errors.Add(new FieldError("reason", $"Reason must be {SchemaLimits.Comment} characters or fewer"));
        }

        if (errors.Count > 0)
        {
            return ServiceResult.Failure<RoundLockException>(errors);
        }

        var exception = round.LockExceptions.Find(e => e.OrganisationId == organisationId);
        if (exception is null)
        {
            exception = new RoundLockException { RoundId = roundId, OrganisationId = organisationId, GrantedByName = actor.Name, Reason = reason! };
            // Added explicitly: a child with its key already set, found only through a navigation, could be taken for an existing row.
            db.Add(exception);
        }
        else
        {
            exception.Version++;
        }

        exception.GrantedById = actor.UserId;
        exception.GrantedByName = actor.Name;
        exception.GrantedAt = db.Clock.GetUtcNow();
        exception.Until = until!.Value;
        exception.Reason = reason!;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult.Failure<RoundLockException>(new FieldError("until", "Someone else changed this exception at the same time. Check it and try again"));
        }

        return ServiceResult.Success(exception);
    }

    private async Task<ServiceResult<ReportingRound>> SaveAsync(ReportingRound round, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ServiceResult.Success(round);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult.Failure<ReportingRound>(new FieldError("name", StaleMessage));
        }
        catch (DbUpdateException)
        {
            // Two clerks opened rounds of the same name at once: the unique index refused the second.
            if (await NameTakenAsync(round.Id, round.Name, cancellationToken))
            {
                return ServiceResult.Failure<ReportingRound>(new FieldError("name", "A round with this name already exists"));
            }

            throw;
        }
    }

    private async Task<(List<FieldError> Errors, ReportingPeriod? Period)> ValidateAsync(Guid? roundId, string? name, string? period, DateOnly? opens, DateOnly? closes, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        name = name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(new FieldError("name", "Enter a name for the round"));
        }
        else if (name.Length > SchemaLimits.RoundName)
        {
            errors.Add(new FieldError("name", $"Name must be {SchemaLimits.RoundName} characters or fewer"));
        }
        else if (await NameTakenAsync(roundId, name, cancellationToken))
        {
            errors.Add(new FieldError("name", "A round with this name already exists"));
        }

        ReportingPeriod? parsed = null;
        if (string.IsNullOrWhiteSpace(period))
        {
            errors.Add(new FieldError("period", "Enter the reporting period the updates describe, for example Q3 2025/26"));
        }
        else
        {
            try
            {
                parsed = ReportingPeriod.Parse(period);
            }
            catch (FormatException e)
            {
                errors.Add(new FieldError("period", e.Message));
            }
        }

        if (opens is null)
        {
            errors.Add(new FieldError("opens", "Enter the date the round opens"));
        }

        if (closes is null)
        {
            errors.Add(new FieldError("closes", "Enter the date the round closes"));
        }
        else if (opens is not null && closes <= opens)
        {
            errors.Add(new FieldError("closes", "The closing date must be after the opening date"));
        }

        return (errors, parsed);
    }

    private async Task<bool> NameTakenAsync(Guid? roundId, string name, CancellationToken cancellationToken)
    {
        // Compared in memory: case rules differ between the engines, and a tenant has a handful of rounds.
        var names = await db.Set<ReportingRound>().AsNoTracking().Where(r => r.Id != roundId).Select(r => r.Name).ToListAsync(cancellationToken);
        return names.Exists(n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
