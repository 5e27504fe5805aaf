using System.Net;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Web.Tests.Robustness;

/// <summary>
/// Two tenant admins editing one member: the member carries a version, each form carries the version it was made
/// from, and a form made before a colleague's save is refused with a conflict message and changes nothing.
/// </summary>
public class MemberConcurrencyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string RolesForm = "form:has(input[name='Input.Roles'])";
    private const string ActivationForm = "form:has(input[name='Activation.Active'])";

    private sealed record Setup(TestTenant Tenant, PortalClient First, PortalClient Second, TestUser Member, string Url) : IDisposable
    {
        public void Dispose()
        {
            First.Dispose();
            Second.Dispose();
        }
    }

    private async Task<Setup> TwoAdminsAsync()
    {
        var tenant = await portal.CreateTenantAsync("conc-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council");
        var first = new PortalClient(portal);
        var second = new PortalClient(portal);
        await first.SignInAsync(await portal.CreateUserAsync(tenant, [TenantRole.TenantAdmin]));
        await second.SignInAsync(await portal.CreateUserAsync(tenant, [TenantRole.TenantAdmin]));
        var member = await portal.CreateUserAsync(tenant, [TenantRole.Member]);
        return new Setup(tenant, first, second, member, $"/{tenant.Slug}/admin/members/{member.MembershipId}");
    }

    private async Task<TenantMembership> StoredAsync(Setup setup)
    {
        await using var db = portal.CreateContext(setup.Tenant);
        return await db.TenantMemberships.AsNoTracking().Include(m => m.Roles).SingleAsync(m => m.Id == setup.Member.MembershipId);
    }

    [Fact]
    public async Task Changing_roles_from_a_page_opened_before_a_colleagues_change_shows_a_conflict_and_keeps_their_change()
    {
        using var setup = await TwoAdminsAsync();
        var firstCopy = await setup.First.GetPageAsync(setup.Url);
        var secondCopy = await setup.Second.GetPageAsync(setup.Url);

        using var saved = await setup.First.SubmitAsync(firstCopy, setup.Url, RolesForm, [new("Input.Roles", "analyst")]);
        using var stale = await setup.Second.SubmitAsync(secondCopy, setup.Url, RolesForm, [new("Input.Roles", "clerk")]);

        Assert.Equal($"/{setup.Tenant.Slug}/admin/members?done=saved", PortalClient.RedirectOf(saved));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await PortalClient.ParseAsync(stale);
        Assert.Contains("Someone else changed this member", page.QuerySelector(".nhsuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(["analyst"], page.QuerySelectorAll("input[name='Input.Roles'][checked]").Select(i => i.GetAttribute("value")));
        var stored = await StoredAsync(setup);
        Assert.Equal([TenantRole.Analyst], stored.Roles.Select(r => r.Role));
        Assert.Equal(stored.Version.ToString(Formats.Culture), page.QuerySelector("input[name='Input.Version']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Deactivating_from_a_page_opened_before_a_colleagues_change_shows_a_conflict_and_changes_nothing()
    {
        using var setup = await TwoAdminsAsync();
        var staleCopy = await setup.Second.GetPageAsync(setup.Url);
        using (var saved = await setup.First.SubmitAsync(setup.Url, RolesForm, ("Input.Roles", "analyst")))
        {
            Assert.Equal($"/{setup.Tenant.Slug}/admin/members?done=saved", PortalClient.RedirectOf(saved));
        }

        using var stale = await setup.Second.SubmitAsync(staleCopy, setup.Url, ActivationForm, []);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else changed this member", (await PortalClient.ParseAsync(stale)).QuerySelector(".nhsuk-error-summary")?.TextContent, StringComparison.Ordinal);
        var stored = await StoredAsync(setup);
        Assert.True(stored.IsActive);
        Assert.Equal([TenantRole.Analyst], stored.Roles.Select(r => r.Role));
        using var fresh = await setup.Second.SubmitAsync(setup.Url, ActivationForm);
        Assert.Equal($"/{setup.Tenant.Slug}/admin/members?done=saved", PortalClient.RedirectOf(fresh));
        Assert.False((await StoredAsync(setup)).IsActive);
    }

    [Fact]
    public async Task A_save_racing_a_colleagues_save_of_the_same_member_is_refused_by_the_version_token()
    {
        using var setup = await TwoAdminsAsync();
        await using var late = portal.Services.CreateAsyncScope();
        await using var early = portal.Services.CreateAsyncScope();
        foreach (var scope in new[] { late, early })
        {
            scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(setup.Tenant.Id, setup.Tenant.Slug);
        }

        var lateService = late.ServiceProvider.GetRequiredService<MembershipService>();
        // Read before the colleague saves, as a request that is still working when the other commits.
        var read = await lateService.FindAsync(setup.Tenant.Id, setup.Member.MembershipId!.Value);

        var first = await early.ServiceProvider.GetRequiredService<MembershipService>().ChangeRolesAsync(read!.Id, read.Version, [TenantRole.Analyst], []);
        var second = await lateService.SetActiveAsync(read.Id, read.Version, active: false);

        Assert.True(first.Succeeded, string.Join("; ", first.Errors));
        Assert.Equal([MembershipService.StaleMessage], second.Errors.Select(e => e.Message));
        var stored = await StoredAsync(setup);
        Assert.True(stored.IsActive);
        Assert.Equal(1, stored.Version);
    }
}
