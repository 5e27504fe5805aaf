using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Domain.ProgressReporting;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Testing.Web;

/// <summary>
/// Reporting rounds and lead bodies' updates made through the portal's own progress-reporting services, as a request
/// would make them (tenant and audit actor set in a scope of their own), for tests of the pages that read them.
/// Every call checks the service succeeded, so a test never builds on a refusal it did not expect.
/// </summary>
public static class ProgressReportingData
{
    /// <summary>"Today" as the portal's reporting calendar reads it from the factory's clock.</summary>
    public static DateOnly Today(this PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return ReportingCalendar.Today(portal.Clock);
    }

    /// <summary>The user as the services record them, under the name given.</summary>
    public static ActingUser Acting(this TestUser user, string name)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new ActingUser(user.Id, name);
    }

    public static Task<ReportingRound> OpenRoundAsync(this PortalFactory portal, TestTenant tenant, ActingUser clerk, string name, DateOnly opens, DateOnly closes, string period = "Q3 2025/26") =>
        portal.ActAsync(tenant, clerk, async services =>
            Succeeded(await services.GetRequiredService<ReportingRoundService>().OpenAsync(name, period, opens, closes, clerk)));

    /// <summary>Starts, fills in and submits the organisation's update of the commitment in the round.</summary>
    public static Task<CommitmentUpdate> SubmitUpdateAsync(this PortalFactory portal, TestTenant tenant, ActingUser leadPartner, Guid commitmentId, string organisation, Guid roundId, CommitmentStatus status, string progress = "Three family hubs opened in Medway and Swale.")
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return portal.ActAsync(tenant, leadPartner, async services =>
        {
            var updates = services.GetRequiredService<CommitmentUpdateService>();
            var draft = Succeeded(await updates.GetOrCreateDraftAsync(commitmentId, tenant.Organisations[organisation], roundId, leadPartner));
            var input = new CommitmentUpdateInput
            {
                Status = status,
                Progress = progress,
                MilestonesProgress = "Launch milestone met in December.",
                RisksAndIssues = "Recruitment of family workers is slow.",
                NextSteps = "Open the Sheppey hub in March.",
                EvidenceUrl = "https://example.org/board-papers/2026-01",
            };
            return Succeeded(await updates.SubmitAsync(draft.Id, input, draft.Version, leadPartner));
        });
    }

    /// <summary>Submits the update again after a return, with the same values.</summary>
    public static Task<CommitmentUpdate> ResubmitAsync(this PortalFactory portal, TestTenant tenant, ActingUser leadPartner, Guid updateId) =>
        portal.ActAsync(tenant, leadPartner, async services =>
        {
            var updates = services.GetRequiredService<CommitmentUpdateService>();
            var current = await updates.FindAsync(updateId) ?? throw new InvalidOperationException("No such update.");
            return Succeeded(await updates.SubmitAsync(updateId, CommitmentUpdateInput.From(current), current.Version, leadPartner));
        });

    public static Task<CommitmentUpdate> ReturnUpdateAsync(this PortalFactory portal, TestTenant tenant, ActingUser reviewer, Guid updateId, string comment) =>
        portal.ActAsync(tenant, reviewer, async services =>
        {
            var updates = services.GetRequiredService<CommitmentUpdateService>();
            var current = await updates.FindAsync(updateId) ?? throw new InvalidOperationException("No such update.");
            return Succeeded(await updates.ReturnAsync(updateId, current.Version, comment, reviewer));
        });

    public static Task<CommitmentUpdate> ApproveUpdateAsync(this PortalFactory portal, TestTenant tenant, ActingUser reviewer, Guid updateId) =>
        portal.ActAsync(tenant, reviewer, async services =>
        {
            var updates = services.GetRequiredService<CommitmentUpdateService>();
            var current = await updates.FindAsync(updateId) ?? throw new InvalidOperationException("No such update.");
            return Succeeded(await updates.ApproveAsync(updateId, current.Version, null, reviewer));
        });

    /// <summary>The update as stored now, read through the service.</summary>
    public static Task<CommitmentUpdate?> FindUpdateAsync(this PortalFactory portal, TestTenant tenant, Guid updateId) =>
        portal.ActAsync(tenant, null, services => services.GetRequiredService<CommitmentUpdateService>().FindAsync(updateId));

    /// <summary>Runs <paramref name="work"/> in a scope of its own acting for the tenant, audited as <paramref name="actor"/>.</summary>
    public static async Task<T> ActAsync<T>(this PortalFactory portal, TestTenant tenant, ActingUser? actor, Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant.Id, tenant.Slug);
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(actor?.UserId, actor?.Name ?? "test setup");
        return await work(scope.ServiceProvider);
    }

    private static CommitmentUpdate Succeeded(CommitmentUpdateResult result) =>
        result.Succeeded ? result.Update! : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));

    private static T Succeeded<T>(Data.ServiceResult<T> result) =>
        result.Succeeded ? result.Value! : throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
}
