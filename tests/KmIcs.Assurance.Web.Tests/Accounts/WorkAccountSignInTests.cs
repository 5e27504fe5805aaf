using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Accounts;
using KmIcs.Assurance.Testing.Web;
using KmIcs.Assurance.Testing.Web.WorkAccounts;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>
/// "Sign in with a work account" end to end: the portal's Microsoft.Identity.Web sign-in against a real OpenID Connect
/// server shaped like Entra ID, through the pages a person sees.
/// </summary>
public class WorkAccountSignInTests(WorkAccountsFixture portal) : IClassFixture<WorkAccountsFixture>
{
    private const string Refused = "/account/sign-in/work-account/refused";

    private static string NewEmail() => $"x-{Guid.NewGuid():N}@kent.example";

    private Task<TestTenant> NewTenantAsync() => portal.CreateTenantAsync("wa-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council");

    private async Task<string> SignInAsync(WorkAccountBrowser browser, TestWorkIdentity? who, string? returnUrl = null)
    {
        portal.Entra.NextIdentity = who;
        return await browser.SignInWithWorkAccountAsync(returnUrl);
    }

    private static async Task AssertOnPartnershipAsync(WorkAccountBrowser browser, string landing, TestTenant tenant)
    {
        Assert.Equal($"/{tenant.Slug}", landing);
        var page = await browser.Portal.GetPageAsync(landing);
        Assert.Equal(tenant.Name, page.QuerySelector("h1")?.TextContent.Trim());
    }

    private static async Task AssertRefusedAsync(WorkAccountBrowser browser, string landing)
    {
        Assert.Equal(Refused, landing);
        var page = await browser.Portal.GetPageAsync(landing);
        Assert.Equal("You cannot sign in with this work account", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains("invitation from your partnership's portal administrator", page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        // Still anonymous: a partnership page sends them to sign in.
        using var account = await browser.Portal.GetAsync("/account");
        Assert.StartsWith("/account/sign-in", PortalClient.RedirectOf(account), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitee_signing_in_with_a_verified_work_email_and_mfa_accepts_the_invitation_and_the_next_sign_in_uses_the_link()
    {
        var tenant = await NewTenantAsync();
        var email = NewEmail();
        await portal.InviteAsync(tenant, email, TenantRole.Member);
        var who = new TestWorkIdentity(WorkAccountsFixture.KentTenant, email);

        using (var browser = new WorkAccountBrowser(portal))
        {
            await AssertOnPartnershipAsync(browser, await SignInAsync(browser, who), tenant);
        }

        Assert.NotNull((await portal.InvitationOfAsync(email)).AcceptedAtUtc);
        var login = Assert.Single(await portal.LoginsOfAsync(email));
        Assert.Equal($"{WorkAccountsFixture.KentTenant}/{who.ObjectId}", login.ProviderKey);

        // The link, not the address, finds the account now: the same person whose token no longer vouches for the address.
        using (var again = new WorkAccountBrowser(portal))
        {
            await AssertOnPartnershipAsync(again, await SignInAsync(again, who with { EmailVerified = false }), tenant);
        }

        Assert.Single(await portal.LoginsOfAsync(email));
        var audit = await portal.ReadAuditAsync();
        Assert.Contains(audit, a => a.Action == AuditActions.InvitationAccepted && a.TenantId == tenant.Id && a.UserName == email);
        Assert.Contains(audit, a => a.Action == AuditActions.WorkAccountLinked && a.UserName == email);
        Assert.Equal(2, audit.Count(a => a.Action == AuditActions.SignedIn && a.UserName == email && a.Summary?.Contains("work account", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task Existing_account_with_the_same_verified_email_is_linked_and_signed_in()
    {
        var tenant = await NewTenantAsync();
        var user = await portal.CreateUserAsync(tenant, [TenantRole.Analyst], email: NewEmail());
        using var browser = new WorkAccountBrowser(portal);

        var landing = await SignInAsync(browser, new TestWorkIdentity(WorkAccountsFixture.MedwayTenant, user.Email.ToUpperInvariant()));

        await AssertOnPartnershipAsync(browser, landing, tenant);
        Assert.Equal(WorkAccountsFixture.MedwayTenant.ToString(), Assert.Single(await portal.LoginsOfAsync(user.Email)).ProviderKey.Split('/')[0]);
    }

    [Fact]
    public async Task Address_verified_by_its_domain_owner_counts_as_verified_and_the_return_address_is_kept()
    {
        var tenant = await NewTenantAsync();
        var user = await portal.CreateUserAsync(tenant, [TenantRole.Member], email: NewEmail());
        using var browser = new WorkAccountBrowser(portal);

        var landing = await SignInAsync(browser, new TestWorkIdentity(WorkAccountsFixture.KentTenant, user.Email, EmailVerified: false) { DomainOwnerVerified = true }, returnUrl: "/account");

        Assert.Equal("/account", landing);
        using var account = await browser.Portal.GetAsync(landing);
        Assert.Equal(System.Net.HttpStatusCode.OK, account.StatusCode);
        Assert.Single(await portal.LoginsOfAsync(user.Email));
    }

    [Fact]
    public async Task Stranger_with_a_verified_email_sees_the_refusal_and_no_account_is_created()
    {
        var email = NewEmail();
        using var browser = new WorkAccountBrowser(portal);

        var landing = await SignInAsync(browser, new TestWorkIdentity(WorkAccountsFixture.KentTenant, email));

        await AssertRefusedAsync(browser, landing);
        Assert.False(await portal.AccountExistsAsync(email));
        Assert.Contains(await portal.ReadAuditAsync(), a => a.Action == AuditActions.SignInFailed && a.Summary?.Contains(WorkAccountService.NoAccount, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Unverified_email_matching_an_account_is_refused()
    {
        var tenant = await NewTenantAsync();
        var user = await portal.CreateUserAsync(tenant, [TenantRole.TenantAdmin], email: NewEmail());
        using var browser = new WorkAccountBrowser(portal);

        var landing = await SignInAsync(browser, new TestWorkIdentity(WorkAccountsFixture.KentTenant, user.Email, EmailVerified: false));

        await AssertRefusedAsync(browser, landing);
        Assert.Empty(await portal.LoginsOfAsync(user.Email));
    }

    [Fact]
    public async Task Token_from_an_untrusted_tenant_is_refused()
    {
        var tenant = await NewTenantAsync();
        var user = await portal.CreateUserAsync(tenant, [TenantRole.Member], email: NewEmail());
        using var browser = new WorkAccountBrowser(portal);

        var landing = await SignInAsync(browser, new TestWorkIdentity(WorkAccountsFixture.UntrustedTenant, user.Email));

        await AssertRefusedAsync(browser, landing);
        Assert.Empty(await portal.LoginsOfAsync(user.Email));
        Assert.Contains(await portal.ReadAuditAsync(), a => a.Action == AuditActions.SignInFailed && a.Summary?.Contains(WorkAccountsFixture.UntrustedTenant.ToString(), StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Without_mfa_at_the_provider_the_authenticator_code_is_asked_for_and_lets_them_in()
    {
        var tenant = await NewTenantAsync();
        var user = await portal.CreateUserAsync(tenant, [TenantRole.Clerk], email: NewEmail());
        using var browser = new WorkAccountBrowser(portal);

        var landing = await SignInAsync(browser, new TestWorkIdentity(WorkAccountsFixture.KentTenant, user.Email, MultiFactor: false), returnUrl: $"/{tenant.Slug}");

        Assert.StartsWith("/account/sign-in/two-factor", landing, StringComparison.Ordinal);
        var page = await browser.Portal.GetPageAsync(landing);
        Assert.Equal("Enter the code from your authenticator app", page.QuerySelector("label")?.TextContent.Trim());
        using var code = await browser.Portal.SubmitAsync(page, landing, "main form", [new("Input.Code", Totp.Code(user.AuthenticatorKey!))]);
        await AssertOnPartnershipAsync(browser, PortalClient.RedirectOf(code)!, tenant);
    }

    [Fact]
    public async Task Without_mfa_at_the_provider_an_invitee_must_set_up_two_factor_first()
    {
        var tenant = await NewTenantAsync();
        var email = NewEmail();
        await portal.InviteAsync(tenant, email, TenantRole.Analyst);
        using var browser = new WorkAccountBrowser(portal);

        var landing = await SignInAsync(browser, new TestWorkIdentity(WorkAccountsFixture.KentTenant, email, MultiFactor: false));

        Assert.StartsWith("/account/two-factor", landing, StringComparison.Ordinal);
        using var partnership = await browser.Portal.GetAsync($"/{tenant.Slug}");
        Assert.StartsWith("/account/two-factor", PortalClient.RedirectOf(partnership), StringComparison.Ordinal);
        var setUp = await browser.Portal.GetPageAsync(landing);
        Assert.Equal("Set up two-factor authentication", setUp.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Person_who_cancels_at_the_provider_is_back_on_the_sign_in_page_with_a_message()
    {
        using var browser = new WorkAccountBrowser(portal);

        var landing = await SignInAsync(browser, who: null);

        Assert.Equal("/account/sign-in?done=work-account-failed", landing);
        var page = await browser.Portal.GetPageAsync(landing);
        Assert.Contains("Signing in with your work account did not finish", page.QuerySelector(".nhsuk-notification-banner")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(await portal.ReadAuditAsync(), a => a.Action == AuditActions.SignInFailed && a.Summary?.Contains("before the portal received a valid token", StringComparison.Ordinal) == true);
    }
}
