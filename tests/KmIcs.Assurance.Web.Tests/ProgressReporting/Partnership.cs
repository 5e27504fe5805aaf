using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Testing.Web;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Web.Tests.ProgressReporting;

/// <summary>
/// A partnership of its own for one test (rounds and updates are per partnership, so tests cannot disturb each other):
/// a council and a trust, lead partners for each (two for the council, to edit at once), a clerk and a member.
/// </summary>
public sealed class Partnership
{
    public const string Kcc = "Kent County Council";
    public const string Trust = "Kent Community Health NHS Foundation Trust";

    private readonly PortalFactory portal;

    private Partnership(PortalFactory portal, TestTenant tenant)
    {
        this.portal = portal;
        Tenant = tenant;
    }

    public TestTenant Tenant { get; }

    public string Slug => Tenant.Slug;

    public Dictionary<string, TestUser> Users { get; } = [];

    public static async Task<Partnership> CreateAsync(PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var partnership = new Partnership(portal, await portal.CreateTenantAsync("rounds-" + Guid.NewGuid().ToString("N")[..6], Kcc, Trust));
        var tenant = partnership.Tenant;
        partnership.Users["kcc"] = await portal.CreateUserAsync(tenant, [TenantRole.LeadPartner], [Kcc], twoFactor: true, email: $"kcc-{Guid.NewGuid():N}@example.org");
        partnership.Users["kcc-colleague"] = await portal.CreateUserAsync(tenant, [TenantRole.LeadPartner], [Kcc]);
        partnership.Users["trust"] = await portal.CreateUserAsync(tenant, [TenantRole.LeadPartner], [Trust]);
        partnership.Users["clerk"] = await portal.CreateUserAsync(tenant, [TenantRole.Clerk]);
        partnership.Users["member"] = await portal.CreateUserAsync(tenant, [TenantRole.Member]);
        return partnership;
    }

    /// <summary>A new commitment under outcome 1 led by the organisations named.</summary>
    public Task<Guid> CommitmentAsync(params string[] leads) => portal.CreateCommitmentAsync(Tenant, leads);

    public Guid Organisation(string name) => Tenant.Organisations[name];

    public async Task<PortalClient> SignedInAsync(string user)
    {
        var client = new PortalClient(portal);
        await client.SignInAsync(Users[user]);
        return client;
    }

    /// <summary>Runs <paramref name="action"/> with the portal's own services, acting in the partnership as <paramref name="user"/>.</summary>
    public async Task<T> AsAsync<T>(string user, Func<IServiceProvider, ActingUser, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = portal.Services.CreateAsyncScope();
        var actor = new ActingUser(Users[user].Id, "Test " + user);
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(Tenant.Id, Tenant.Slug);
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(actor.UserId, actor.Name);
        return await action(scope.ServiceProvider, actor);
    }

    /// <summary>Opens a round as the clerk, from <paramref name="opensIn"/> days from today to <paramref name="closesIn"/> days.</summary>
    public async Task<Guid> OpenRoundAsync(int opensIn = -1, int closesIn = 30)
    {
        var today = ReportingCalendar.Today(portal.Clock);
        var result = await AsAsync("clerk", (services, actor) => services.GetRequiredService<ReportingRoundService>()
            .OpenAsync("Quarter 3 round", "Q3 2026/27", today.AddDays(opensIn), today.AddDays(closesIn), actor));
        return result.Value?.Id ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    /// <summary>The lead body's update of the commitment in the round, as the database holds it.</summary>
    public Task<CommitmentUpdateResult> UpdateAsync(string user, Guid commitmentId, string organisation, Guid roundId) =>
        AsAsync(user, (services, actor) => services.GetRequiredService<CommitmentUpdateService>()
            .GetOrCreateDraftAsync(commitmentId, Organisation(organisation), roundId, actor));
}
