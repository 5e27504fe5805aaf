using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Domain.Tenancy;
using KmIcs.Assurance.Web.Email;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Web.ProgressReporting;

/// <summary>
/// One pass of the reminder job over every partnership: plan the reminders now owed (rows in the outbox, unique per
/// person, round and kind, so planning again adds nothing), then send each unsent one and mark it sent. The outbox is
/// in the database, so a restart loses nothing and sends nothing twice; a crash between sending and marking resends
/// that one email (at least once, never lost).
/// </summary>
public sealed partial class ReminderRun(IServiceScopeFactory scopes, TimeProvider clock, EmailOptions emailOptions, ILogger<ReminderRun> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        List<Tenant> tenants;
        await using (var scope = scopes.CreateAsyncScope())
        {
            tenants = await scope.ServiceProvider.GetRequiredService<AssuranceDbContext>().Set<Tenant>().AsNoTracking().ToListAsync(cancellationToken);
        }

        var sent = 0;
        foreach (var tenant in tenants)
        {
            sent += await RunForAsync(tenant, cancellationToken);
        }

        return sent;
    }

    private async Task<int> RunForAsync(Tenant tenant, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentTenant>().Set(tenant.Id, tenant.Slug);
        services.GetRequiredService<CurrentActor>().Set(null, "reminders");
        var planned = await services.GetRequiredService<ReminderPlanner>().PlanAsync(ReportingCalendar.Today(clock), cancellationToken);
        var outbox = services.GetRequiredService<ReminderOutbox>();
        var sender = services.GetRequiredService<IEmailSender>();
        var sent = 0;
        foreach (var digest in await outbox.PendingAsync(cancellationToken: cancellationToken))
        {
            if (digest.Commitments.Count > 0 && digest.Email.Length > 0)
            {
                await sender.SendAsync(ReminderEmails.Compose(digest, tenant.Slug, tenant.Name, emailOptions.PublicRoot), cancellationToken);
                sent++;
            }

            await outbox.MarkSentAsync(digest.ReminderId, cancellationToken);
        }

        if (planned > 0 || sent > 0)
        {
            LogRun(logger, tenant.Slug, planned, sent);
        }

        return sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders for {Tenant}: {Planned} planned, {Sent} sent")]
    private static partial void LogRun(ILogger logger, string tenant, int planned, int sent);
}
