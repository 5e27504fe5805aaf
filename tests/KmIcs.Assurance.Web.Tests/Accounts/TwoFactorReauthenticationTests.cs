using System.Net;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Testing.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>Security changes on the two-factor page ask for the password again: a session alone cannot make them.</summary>
public sealed class TwoFactorReauthenticationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ResetForm = "form:has(input[name='Reset.Password'])";
    private const string CodesForm = "form:has(input[name='Codes.Password'])";

    [Fact]
    public async Task Resetting_the_authenticator_needs_the_password_and_a_wrong_one_changes_nothing()
    {
        var (user, client) = await SignedInAsync();
        using var _ = client;

        using var withoutPassword = await client.SubmitAsync("/account/two-factor", ResetForm);
        using var wrongPassword = await client.SubmitAsync("/account/two-factor", ResetForm, ("Reset.Password", "not the password"));
        var enabledAfterRefusals = await TwoFactorEnabledAsync(user);
        using var rightPassword = await client.SubmitAsync("/account/two-factor", ResetForm, ("Reset.Password", user.Password));

        Assert.Equal("Enter your password", (await PortalClient.ParseAsync(withoutPassword)).ErrorFor("reset-password"));
        Assert.Equal("The password is not correct", (await PortalClient.ParseAsync(wrongPassword)).ErrorFor("reset-password"));
        Assert.True(enabledAfterRefusals);
        Assert.StartsWith("/account/two-factor", PortalClient.RedirectOf(rightPassword), StringComparison.Ordinal);
        Assert.False(await TwoFactorEnabledAsync(user));
    }

    [Fact]
    public async Task New_recovery_codes_need_the_password_and_replace_the_old_ones()
    {
        var (user, client) = await SignedInAsync();
        using var _ = client;
        var before = await client.GetPageAsync("/account/two-factor");

        using var wrongPassword = await client.SubmitAsync("/account/two-factor", CodesForm, ("Codes.Password", "not the password"));
        using var rightPassword = await client.SubmitAsync("/account/two-factor", CodesForm, ("Codes.Password", user.Password));
        var page = await PortalClient.ParseAsync(rightPassword);

        Assert.Contains("You have 0 recovery codes left.", before.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("The password is not correct", (await PortalClient.ParseAsync(wrongPassword)).ErrorFor("codes-password"));
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Equal("Save your recovery codes", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(10, page.QuerySelectorAll(".app-recovery-codes li").Length);
        Assert.Equal(10, await WithAccountAsync(user, (users, account) => users.CountRecoveryCodesAsync(account)));
    }

    private async Task<(TestUser User, PortalClient Client)> SignedInAsync()
    {
        var tenant = await factory.CreateTenantAsync("tfa-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council");
        var user = await factory.CreateUserAsync(tenant, [TenantRole.Member]);
        var client = new PortalClient(factory);
        await client.SignInAsync(user);
        return (user, client);
    }

    private Task<bool> TwoFactorEnabledAsync(TestUser user) => WithAccountAsync(user, (users, account) => users.GetTwoFactorEnabledAsync(account));

    private async Task<T> WithAccountAsync<T>(TestUser user, Func<UserManager<ApplicationUser>, ApplicationUser, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await read(users, (await users.FindByIdAsync(user.Id.ToString()))!);
    }
}
