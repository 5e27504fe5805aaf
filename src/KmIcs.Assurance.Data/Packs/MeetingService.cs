using System.Globalization;
using KmIcs.Assurance.Data.Configurations;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Domain.Packs;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Packs;

/// <summary>
/// The clerk's record of where packs go: the committees the partnership reports to, their meetings with the papers
/// deadline and the packs planned, and the work programme everyone in the tenant can read. Writes are for clerks and
/// tenant admins, checked again here from the actor's membership; everything goes through the tenant query filter, so
/// another tenant's id is simply not found, and every write goes through <c>SaveChanges</c>, so the audit log records it.
/// </summary>
public sealed class MeetingService(AssuranceDbContext db)
{
    public const string CommitteeStaleMessage = "Someone else changed this committee while you were editing it. Its current details are shown: check them and try again";

    public const string MeetingStaleMessage = "Someone else changed this meeting while you were editing it. Its current details are shown: check them and try again";

    public const string CommitteeNameTaken = "A committee with this name already exists";

    /// <summary>Adds a committee; its name must differ from every other committee's, ignoring case.</summary>
    public async Task<ServiceResult<Committee>> AddCommitteeAsync(string? name, string? description, ActingUser actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await CanWriteAsync(actor, cancellationToken))
        {
            return ServiceResult.Failure<Committee>(new FieldError("", ProgressReportingAccess.NotAReviewer));
        }

        var errors = await ValidateCommitteeAsync(null, name, description, cancellationToken);
        if (errors.Count > 0)
        {
            return ServiceResult.Failure<Committee>(errors);
        }

        var committee = new Committee { Name = name!.Trim(), Description = Optional(description) };
        db.Add(committee);
        return await SaveCommitteeAsync(committee, cancellationToken);
    }

    /// <summary>Renames a committee or changes its description, refusing a form made from an older version of it.</summary>
    public async Task<ServiceResult<Committee>> EditCommitteeAsync(Guid committeeId, int expectedVersion, string? name, string? description, ActingUser actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await CanWriteAsync(actor, cancellationToken))
        {
            return ServiceResult.Failure<Committee>(new FieldError("", ProgressReportingAccess.NotAReviewer));
        }

        var committee = await db.Set<Committee>().SingleOrDefaultAsync(c => c.Id == committeeId, cancellationToken);
        if (committee is null)
        {
            return ServiceResult.Failure<Committee>(new FieldError("", "Committee not found"));
        }

        if (committee.Version != expectedVersion)
        {
            return ServiceResult.Failure<Committee>(new FieldError("name", CommitteeStaleMessage));
        }

        var errors = await ValidateCommitteeAsync(committeeId, name, description, cancellationToken);
        if (errors.Count > 0)
        {
            return ServiceResult.Failure<Committee>(errors);
        }

        committee.Name = name!.Trim();
        committee.Description = Optional(description);
        committee.Version++;
        return await SaveCommitteeAsync(committee, cancellationToken);
    }

    /// <summary>Every committee of the tenant, by name.</summary>
    public async Task<IReadOnlyList<Committee>> ListCommitteesAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<Committee>().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>One committee; null when it does not exist in this tenant.</summary>
    public Task<Committee?> FindCommitteeAsync(Guid committeeId, CancellationToken cancellationToken = default) =>
        db.Set<Committee>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == committeeId, cancellationToken);

    /// <summary>Adds a meeting of one of the tenant's committees.</summary>
    public async Task<ServiceResult<Meeting>> AddMeetingAsync(MeetingDetails details, ActingUser actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        if (!await CanWriteAsync(actor, cancellationToken))
        {
            return ServiceResult.Failure<Meeting>(new FieldError("", ProgressReportingAccess.NotAReviewer));
        }

        var errors = await ValidateMeetingAsync(details, cancellationToken);
        if (errors.Count > 0)
        {
            return ServiceResult.Failure<Meeting>(errors);
        }

        var meeting = new Meeting { Title = details.Title!.Trim() };
        Apply(meeting, details);
        db.Add(meeting);
        return await SaveMeetingAsync(meeting, cancellationToken);
    }

    /// <summary>Changes a meeting (its committee too), refusing a form made from an older version of it.</summary>
    public async Task<ServiceResult<Meeting>> EditMeetingAsync(Guid meetingId, int expectedVersion, MeetingDetails details, ActingUser actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        if (!await CanWriteAsync(actor, cancellationToken))
        {
            return ServiceResult.Failure<Meeting>(new FieldError("", ProgressReportingAccess.NotAReviewer));
        }

        var meeting = await db.Set<Meeting>().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return ServiceResult.Failure<Meeting>(new FieldError("", "Meeting not found"));
        }

        if (meeting.Version != expectedVersion)
        {
            return ServiceResult.Failure<Meeting>(new FieldError("title", MeetingStaleMessage));
        }

        var errors = await ValidateMeetingAsync(details, cancellationToken);
        if (errors.Count > 0)
        {
            return ServiceResult.Failure<Meeting>(errors);
        }

        Apply(meeting, details);
        meeting.Version++;
        return await SaveMeetingAsync(meeting, cancellationToken);
    }

    /// <summary>
    /// Deletes a meeting no pack is filed against. A pack is the record of what a committee was sent, so a meeting
    /// with packs stays (the refusal names them); the clerk can still move it to another date.
    /// </summary>
    public async Task<ServiceResult<Guid>> DeleteMeetingAsync(Guid meetingId, int expectedVersion, ActingUser actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!await CanWriteAsync(actor, cancellationToken))
        {
            return ServiceResult.Failure<Guid>(new FieldError("", ProgressReportingAccess.NotAReviewer));
        }

        var meeting = await db.Set<Meeting>().SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);
        if (meeting is null)
        {
            return ServiceResult.Failure<Guid>(new FieldError("", "Meeting not found"));
        }

        if (meeting.Version != expectedVersion)
        {
            return ServiceResult.Failure<Guid>(new FieldError("", MeetingStaleMessage));
        }

        if (await PacksRefusalAsync(meetingId, cancellationToken) is { } refusal)
        {
            return ServiceResult.Failure<Guid>(refusal);
        }

        db.Remove(meeting);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult.Failure<Guid>(new FieldError("", MeetingStaleMessage));
        }
        catch (DbUpdateException)
        {
            // A pack was filed against the meeting after the check above: the foreign key refused the delete.
            db.ChangeTracker.Clear();
            if (await PacksRefusalAsync(meetingId, cancellationToken) is { } late)
            {
                return ServiceResult.Failure<Guid>(late);
            }

            throw;
        }

        return ServiceResult.Success(meetingId);
    }

    /// <summary>One meeting with its committee; null when it does not exist in this tenant.</summary>
    public Task<Meeting?> FindMeetingAsync(Guid meetingId, CancellationToken cancellationToken = default) =>
        db.Set<Meeting>().AsNoTracking().Include(m => m.Committee).SingleOrDefaultAsync(m => m.Id == meetingId, cancellationToken);

    /// <summary>The packs filed against one meeting, by title and version.</summary>
    public async Task<IReadOnlyList<MeetingPack>> PacksForAsync(Guid meetingId, CancellationToken cancellationToken = default) =>
        (await PacksAsync([meetingId], cancellationToken)).GetValueOrDefault(meetingId) ?? [];

    /// <summary>
    /// The work programme: meetings from today (the clock's local date, as for reporting rounds) on, or every meeting
    /// with <paramref name="includePast"/>, by date, each with its committee, deadline and packs. Two commands.
    /// </summary>
    public async Task<IReadOnlyList<ProgrammeMeeting>> WorkProgrammeAsync(bool includePast = false, CancellationToken cancellationToken = default)
    {
        var today = ReportingCalendar.Today(db.Clock);
        var query = db.Set<Meeting>().AsNoTracking();
        if (!includePast)
        {
            query = query.Where(m => m.Date >= today);
        }

        var meetings = await query
            .Select(m => new { m.Id, m.Title, m.CommitteeId, CommitteeName = m.Committee!.Name, m.Date, m.PapersDeadline, m.PacksDue })
            .ToListAsync(cancellationToken);
        var packs = await PacksAsync(meetings.ConvertAll(m => m.Id), cancellationToken);
        return meetings
            .OrderBy(m => m.Date)
            .ThenBy(m => m.CommitteeName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => m.Title, StringComparer.OrdinalIgnoreCase)
            .Select(m => new ProgrammeMeeting(
                m.Id,
                m.Title,
                m.CommitteeId,
                m.CommitteeName,
                m.Date,
                m.PapersDeadline,
                m.PapersDeadline is { } deadline ? deadline.DayNumber - today.DayNumber : null,
                m.PacksDue,
                packs.GetValueOrDefault(m.Id) ?? []))
            .ToList();
    }

    /// <summary>Each meeting's packs, reading only the columns that name them: a pack's PDF runs to megabytes.</summary>
    private async Task<Dictionary<Guid, IReadOnlyList<MeetingPack>>> PacksAsync(List<Guid> meetingIds, CancellationToken cancellationToken)
    {
        if (meetingIds.Count == 0)
        {
            return [];
        }

        var rows = await db.Set<AssurancePack>().AsNoTracking()
            .Where(p => p.MeetingId != null && meetingIds.Contains(p.MeetingId.Value))
            .Select(p => new { MeetingId = p.MeetingId!.Value, p.Id, p.Title, p.DocumentVersion, p.Status })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(p => p.MeetingId)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<MeetingPack>)g
                    .OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
                    .ThenBy(p => p.DocumentVersion)
                    .Select(p => new MeetingPack(p.Id, p.Title, p.DocumentVersion, p.Status))
                    .ToList());
    }

    private async Task<FieldError?> PacksRefusalAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var packs = await PacksForAsync(meetingId, cancellationToken);
        return packs.Count == 0
            ? null
            : new FieldError("", "This meeting cannot be deleted because packs are filed against it: "
                + string.Join("; ", packs.Select(p => Text($"{p.Title} (version {p.DocumentVersion})"))));
    }

    private async Task<bool> CanWriteAsync(ActingUser actor, CancellationToken cancellationToken) =>
        ProgressReportingAccess.CanReview(await ProgressReportingAccess.MembershipAsync(db, actor, cancellationToken));

    private async Task<List<FieldError>> ValidateCommitteeAsync(Guid? committeeId, string? name, string? description, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        name = name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(new FieldError("name", "Enter the committee's name"));
        }
        else if (name.Length > SchemaLimits.Name)
        {
            errors.Add(new FieldError("name", $"Name must be {SchemaLimits.Name} characters or fewer"));
        }
        else if (await CommitteeNameTakenAsync(committeeId, name, cancellationToken))
        {
            errors.Add(new FieldError("name", CommitteeNameTaken));
        }

        if (Optional(description) is { Length: > SchemaLimits.Comment })
        {
            errors.Add(new FieldError("description", $"Description must be {SchemaLimits.Comment} characters or fewer"));
        }

        return errors;
    }

    private async Task<List<FieldError>> ValidateMeetingAsync(MeetingDetails details, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        // The tenant query filter limits this to the current tenant's committees: another tenant's id is simply unknown.
        if (details.CommitteeId is not { } committeeId || !await db.Set<Committee>().AnyAsync(c => c.Id == committeeId, cancellationToken))
        {
            errors.Add(new FieldError("committee", "Select the committee that meets"));
        }

        var title = details.Title?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            errors.Add(new FieldError("title", "Enter a title for the meeting"));
        }
        else if (title.Length > SchemaLimits.Name)
        {
            errors.Add(new FieldError("title", $"Title must be {SchemaLimits.Name} characters or fewer"));
        }

        if (details.Date is null)
        {
            errors.Add(new FieldError("date", "Enter the date of the meeting"));
        }

        if (details.PapersDeadline is { } deadline && details.Date is { } date && deadline > date)
        {
            errors.Add(new FieldError("papers-deadline", "The papers deadline must be on or before the meeting date"));
        }

        if (Optional(details.PacksDue) is { Length: > SchemaLimits.Comment })
        {
            errors.Add(new FieldError("packs-due", $"Packs due must be {SchemaLimits.Comment} characters or fewer"));
        }

        return errors;
    }

    private static void Apply(Meeting meeting, MeetingDetails details)
    {
        meeting.CommitteeId = details.CommitteeId!.Value;
        meeting.Title = details.Title!.Trim();
        meeting.Date = details.Date!.Value;
        meeting.PapersDeadline = details.PapersDeadline;
        meeting.PacksDue = Optional(details.PacksDue);
    }

    private async Task<ServiceResult<Committee>> SaveCommitteeAsync(Committee committee, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ServiceResult.Success(committee);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult.Failure<Committee>(new FieldError("name", CommitteeStaleMessage));
        }
        catch (DbUpdateException)
        {
            // Two clerks added committees of the same name at once: the unique index refused the second.
            if (await CommitteeNameTakenAsync(committee.Id, committee.Name, cancellationToken))
            {
                return ServiceResult.Failure<Committee>(new FieldError("name", CommitteeNameTaken));
            }

            throw;
        }
    }

    private async Task<ServiceResult<Meeting>> SaveMeetingAsync(Meeting meeting, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ServiceResult.Success(meeting);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult.Failure<Meeting>(new FieldError("title", MeetingStaleMessage));
        }
    }

    private async Task<bool> CommitteeNameTakenAsync(Guid? committeeId, string name, CancellationToken cancellationToken)
    {
        // Compared in memory: case rules differ between the engines, and a tenant has a handful of committees.
        var names = await db.Set<Committee>().AsNoTracking().Where(c => c.Id != committeeId).Select(c => c.Name).ToListAsync(cancellationToken);
        return names.Exists(n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
