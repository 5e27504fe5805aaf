using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Domain.ProgressReporting;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.ProgressReporting;

/// <summary>
/// Decides who is owed a reminder, for the current tenant, and writes one <see cref="ReminderEmail"/> outbox row per
/// person, round and kind: a "round opened" reminder while a round is open, and a "closing soon" one in the
/// <see cref="ReportingRound.ClosingSoonDays"/> days before it closes, to every active lead partner of an organisation
/// that still has commitments to report on. Rows are a digest per person, not per commitment. Running it again, or in
/// two processes at once, adds nothing twice: existing rows are skipped and the unique index refuses a duplicate.
/// The background job runs it for each tenant, then sends what <see cref="ReminderOutbox"/> lists.
/// </summary>
public sealed class ReminderPlanner(AssuranceDbContext db)
{
    private const int Attempts = 3;

    /// <summary>Plans the reminders due on <paramref name="today"/>; returns how many rows it added.</summary>
    public async Task<int> PlanAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var tenantId = ProgressReportingAccess.RequireTenant(db);
        for (var attempt = 1; ; attempt++)
        {
            var planned = await AddMissingAsync(tenantId, today, cancellationToken);
            if (planned == 0)
            {
                return 0;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return planned;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another process planned some of the same reminders between our look and our insert, and the unique
                // index refused ours. Forget this attempt (audit rows included) and look again.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<int> AddMissingAsync(Guid tenantId, DateOnly today, CancellationToken cancellationToken)
    {
        var rounds = (await db.Set<ReportingRound>().AsNoTracking().ToListAsync(cancellationToken))
            .Where(r => r.IsOpen(today))
            .ToList();
        if (rounds.Count == 0)
        {
            return 0;
        }

        var roundIds = rounds.Select(r => r.Id).ToList();
        var existing = (await db.Set<ReminderEmail>().AsNoTracking()
                .Where(r => roundIds.Contains(r.RoundId))
                .Select(r => new { r.RoundId, r.UserId, r.Kind })
                .ToListAsync(cancellationToken))
            .Select(r => (r.RoundId, r.UserId, r.Kind))
            .ToHashSet();
        var now = db.Clock.GetUtcNow();
        var added = 0;
        foreach (var round in rounds)
        {
            var organisations = (await OutstandingWork.ListAsync(db, round, cancellationToken)).Select(o => o.OrganisationId).Distinct().ToList();
            if (organisations.Count == 0)
            {
                continue;
            }

            var users = await LeadPartnersAsync(tenantId, organisations, cancellationToken);
            ReminderKind[] kinds = round.IsClosingSoon(today) ? [ReminderKind.RoundOpened, ReminderKind.ClosingSoon] : [ReminderKind.RoundOpened];
            foreach (var userId in users)
            {
                foreach (var kind in kinds)
                {
                    if (existing.Add((round.Id, userId, kind)))
                    {
                        db.Add(new ReminderEmail { RoundId = round.Id, UserId = userId, Kind = kind, CreatedAt = now });
                        added++;
                    }
                }
            }
        }

        return added;
    }

    /// <summary>Active lead partners who have joined, with active accounts, acting for any of the organisations.</summary>
    private async Task<IReadOnlyList<Guid>> LeadPartnersAsync(Guid tenantId, IReadOnlyCollection<Guid> organisations, CancellationToken cancellationToken) =>
        await db.TenantMemberships.AsNoTracking()
            .Where(m => m.TenantId == tenantId && m.IsActive && m.JoinedAtUtc != null && m.User!.IsActive
                && m.Roles.Any(r => r.Role == TenantRole.LeadPartner)
                && m.Organisations.Any(o => organisations.Contains(o.OrganisationId)))
            .Select(m => m.UserId)
            .Distinct()
            .ToListAsync(cancellationToken);
}
