using System.Net;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Web;
using KmIcs.Assurance.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>
/// The session cookie is checked against the account on every request (SessionValidator): what changes an account
/// must change what its open sessions can do at once, without anyone signing in again.
/// </summary>
public sealed class SessionTests(PortalFactory factory) : IClassFixture<PortalFactory>, IDisposable
{
    private readonly List<PortalClient> clients = [];

    public void Dispose() => clients.ForEach(c => c.Dispose());

    [Fact]
    public async Task A_new_security_stamp_ends_every_open_session_on_its_next_request()
    {
        var (user, client) = await SignedInMemberAsync();
        using var before = await client.GetAsync("/account");

        await WithAccountAsync(user, (users, account) => users.UpdateSecurityStampAsync(account));
        using var after = await client.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.StartsWith(Links.Account.SignInPath, PortalClient.RedirectOf(after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deactivated_account_is_signed_out_on_its_next_request_even_outside_a_partnership()
    {
        var (user, client) = await SignedInMemberAsync();

        await WithAccountAsync(user, (users, account) =>
        {
            account.IsActive = false;
            return users.UpdateAsync(account);
        });
        using var after = await client.GetAsync("/account");

        Assert.StartsWith(Links.Account.SignInPath, PortalClient.RedirectOf(after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Being_made_a_platform_admin_opens_the_platform_pages_on_the_next_request_without_signing_in_again()
    {
        var (user, client) = await SignedInMemberAsync();
        using var before = await client.GetAsync("/platform/tenants");

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var account = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(user.Id.ToString());
            await PlatformAdmins.GrantAsync(scope.ServiceProvider, account!);
        }

        using var after = await client.GetAsync("/platform/tenants");

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(after.Headers.GetValues("Set-Cookie"), c => c.StartsWith(PortalAccountsExtensions.AuthCookieName + "=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unchanged_session_keeps_its_cookie_instead_of_being_reissued_on_every_page()
    {
        var (_, client) = await SignedInMemberAsync();

        using var first = await client.GetAsync("/account");
        using var second = await client.GetAsync("/account");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var cookies = second.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
        Assert.DoesNotContain(cookies, c => c.StartsWith(PortalAccountsExtensions.AuthCookieName + "=", StringComparison.Ordinal));
    }

    private async Task<(TestUser User, PortalClient Client)> SignedInMemberAsync()
    {
        var tenant = await factory.CreateTenantAsync("ses-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council");
        var user = await factory.CreateUserAsync(tenant, [TenantRole.Member]);
        var client = new PortalClient(factory);
        clients.Add(client);
        await client.SignInAsync(user);
        return (user, client);
    }

    private async Task WithAccountAsync(TestUser user, Func<UserManager<ApplicationUser>, ApplicationUser, Task<IdentityResult>> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var account = await users.FindByIdAsync(user.Id.ToString()) ?? throw new InvalidOperationException("No such account.");
        var result = await change(users, account);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
