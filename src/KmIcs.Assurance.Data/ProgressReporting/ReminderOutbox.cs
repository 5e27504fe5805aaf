using KmIcs.Assurance.Domain.ProgressReporting;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>
/// The sending side of the reminder outbox, for the current tenant: the reminders planned but not yet sent, as digests
/// ready to write, and marking one sent. The job sends a digest, then marks it; a crash between the two sends that
/// one digest again after the restart (at least once), which is preferred to losing it.
/// </summary>
public sealed class ReminderOutbox(AssuranceDbContext db)
{
    /// <summary>Up to <paramref name="max"/> unsent reminders, oldest first, each with its person and outstanding commitments.</summary>
    public async Task<IReadOnlyList<ReminderDigest>> PendingAsync(int max = 50, CancellationToken cancellationToken = default)
    {
        var tenantId = ProgressReportingAccess.RequireTenant(db);
        var reminders = await db.Set<ReminderEmail>().AsNoTracking()
            .Where(r => r.SentAt == null)
            .OrderBy(r => r.CreatedAt)
            .Take(max)
            .ToListAsync(cancellationToken);
        if (reminders.Count == 0)
        {
            return [];
        }

        var userIds = reminders.Select(r => r.UserId).Distinct().ToList();
        var roundIds = reminders.Select(r => r.RoundId).Distinct().ToList();
        var users = await db.Users.AsNoTracking()
            .Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.IsActive })
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        var organisations = (await db.TenantMemberships.AsNoTracking()
                .Include(m => m.Roles)
                .Include(m => m.Organisations)
                .Where(m => m.TenantId == tenantId && m.IsActive && m.JoinedAtUtc != null && userIds.Contains(m.UserId))
                .ToListAsync(cancellationToken))
            .ToDictionary(m => m.UserId, m => ProgressReportingAccess.LeadPartnerOrganisations(m).ToHashSet());
        var rounds = await db.Set<ReportingRound>().AsNoTracking().Where(r => roundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var outstanding = new Dictionary<Guid, IReadOnlyList<OutstandingCommitment>>();
        foreach (var round in rounds.Values)
        {
            outstanding[round.Id] = await OutstandingWork.ListAsync(db, round, cancellationToken);
        }

        return reminders.Select(reminder =>
            {
                var user = users.GetValueOrDefault(reminder.UserId);
                var theirs = user is { IsActive: true } && organisations.TryGetValue(reminder.UserId, out var ids) ? ids : [];
                return new ReminderDigest(
                    reminder.Id,
                    reminder.Kind,
                    rounds[reminder.RoundId],
                    reminder.UserId,
                    user?.Email ?? "",
                    user?.DisplayName ?? "",
                    outstanding[reminder.RoundId].Where(o => theirs.Contains(o.OrganisationId)).ToList());
            })
            .ToList();
    }

    /// <summary>Marks the reminder sent now; false when it does not exist here or was already marked.</summary>
    public async Task<bool> MarkSentAsync(Guid reminderId, CancellationToken cancellationToken = default)
    {
        var reminder = await db.Set<ReminderEmail>().SingleOrDefaultAsync(r => r.Id == reminderId, cancellationToken);
        if (reminder is null || reminder.SentAt is not null)
        {
            return false;
        }

        reminder.SentAt = db.Clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
