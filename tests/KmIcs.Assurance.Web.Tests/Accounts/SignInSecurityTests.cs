using System.Net;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Accounts;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Testing.Web;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>Lockout, two-factor, sign-out, session cookies and cache headers, all through HTTP.</summary>
public class SignInSecurityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(TestTenant Tenant, TestUser User)> MemberAsync(bool twoFactor = true, TenantRole role = TenantRole.Member)
    {
        var tenant = await factory.CreateTenantAsync("sec-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council");
        return (tenant, await factory.CreateUserAsync(tenant, [role], role == TenantRole.LeadPartner ? ["Kent County Council"] : null, twoFactor: twoFactor));
    }

    private static Task<HttpResponseMessage> PasswordAsync(PortalClient client, string email, string password) =>
        client.SubmitAsync("/account/sign-in", "main form", ("Input.Email", email), ("Input.Password", password));

    [Fact]
    public async Task A_wrong_password_shows_one_message_for_every_refusal()
    {
        var (_, user) = await MemberAsync();
        using var client = new PortalClient(factory);

        using var wrongPassword = await PasswordAsync(client, user.Email, "not the password");
        using var unknownEmail = await PasswordAsync(client, "nobody-" + Guid.NewGuid().ToString("N") + "@example.org", "whatever it is");

        foreach (var response in new[] { wrongPassword, unknownEmail })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await PortalClient.ParseAsync(response);
            Assert.Equal("Enter a correct email address and password", page.ErrorFor("email"));
            Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        var (_, user) = await MemberAsync();
        using var client = new PortalClient(factory);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var _ = await PasswordAsync(client, user.Email, "wrong password " + attempt);
        }

        using var right = await PasswordAsync(client, user.Email, user.Password);

        Assert.Equal("/account/locked", PortalClient.RedirectOf(right));
        var locked = await client.GetPageAsync("/account/locked");
        Assert.Equal("Your account is locked", locked.QuerySelector("h1")?.TextContent.Trim());
        var audit = await factory.ReadAuditAsync();
        // Four plain failures; the fifth locks the account, and so does every attempt after it until the lock ends.
        Assert.Equal(4, audit.Count(a => a.Action == AuditActions.SignInFailed && a.UserId == user.Id));
        Assert.Equal(2, audit.Count(a => a.Action == AuditActions.LockedOut && a.UserId == user.Id));
    }

    [Fact]
    public async Task A_password_alone_does_not_sign_in_an_account_with_two_factor()
    {
        var (tenant, user) = await MemberAsync();
        using var client = new PortalClient(factory);

        using var password = await PasswordAsync(client, user.Email, user.Password);
        Assert.StartsWith("/account/sign-in/two-factor", PortalClient.RedirectOf(password), StringComparison.Ordinal);
        using var page = await client.GetAsync($"/{tenant.Slug}");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/sign-in?ReturnUrl=", PortalClient.RedirectOf(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_authenticator_code_is_refused_and_the_right_one_signs_in()
    {
        var (tenant, user) = await MemberAsync();
        using var client = new PortalClient(factory);
        using var password = await PasswordAsync(client, user.Email, user.Password);
        var step = PortalClient.RedirectOf(password)!;
        var wrong = Totp.Code(user.AuthenticatorKey!) == "000000" ? "111111" : "000000";

        using var refused = await client.SubmitAsync(step, "main form", ("Input.Code", wrong));
        using var accepted = await client.SubmitAsync(step, "main form", ("Input.Code", Totp.Code(user.AuthenticatorKey!)));

        var page = await PortalClient.ParseAsync(refused);
        Assert.Contains("The code is not correct", page.QuerySelector("#code-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/{tenant.Slug}", PortalClient.RedirectOf(accepted));
        var audit = await factory.ReadAuditAsync();
        Assert.Contains(audit, a => a.Action == AuditActions.TwoFactorFailed && a.UserId == user.Id);
        Assert.Contains(audit, a => a.Action == AuditActions.SignedIn && a.UserId == user.Id);
    }

    [Fact]
    public async Task An_account_without_two_factor_must_set_it_up_before_any_page_opens()
    {
        var (tenant, user) = await MemberAsync(twoFactor: false);
        using var client = new PortalClient(factory);

        var landing = await client.SignInAsync(user);
        using var tenantPage = await client.GetAsync($"/{tenant.Slug}");

        Assert.StartsWith("/account/two-factor", landing, StringComparison.Ordinal);
        Assert.StartsWith("/account/two-factor", PortalClient.RedirectOf(tenantPage), StringComparison.Ordinal);
        var setup = await client.GetPageAsync("/account/two-factor");
        var key = setup.QuerySelector("#setup-key")!.TextContent;
        using var enabled = await client.SubmitAsync(setup, "/account/two-factor", "main form", [new("Input.Code", Totp.Code(key))]);
        var codes = (await PortalClient.ParseAsync(enabled)).QuerySelectorAll(".app-recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        using var after = await client.GetAsync($"/{tenant.Slug}");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var (tenant, user) = await MemberAsync(twoFactor: false);
        using var setupClient = new PortalClient(factory);
        await setupClient.SignInAsync(user);
        var setup = await setupClient.GetPageAsync("/account/two-factor");
        using var enabled = await setupClient.SubmitAsync(setup, "/account/two-factor", "main form", [new("Input.Code", Totp.Code(setup.QuerySelector("#setup-key")!.TextContent))]);
        var code = (await PortalClient.ParseAsync(enabled)).QuerySelector(".app-recovery-codes code")!.TextContent;

        using var first = new PortalClient(factory);
        using var firstPassword = await PasswordAsync(first, user.Email, user.Password);
        using var firstCode = await first.SubmitAsync("/account/sign-in/recovery-code", "main form", ("Input.Code", code));
        using var second = new PortalClient(factory);
        using var secondPassword = await PasswordAsync(second, user.Email, user.Password);
        using var secondCode = await second.SubmitAsync("/account/sign-in/recovery-code", "main form", ("Input.Code", code));

        Assert.Equal($"/{tenant.Slug}", PortalClient.RedirectOf(firstCode));
        Assert.Null(PortalClient.RedirectOf(secondCode));
    }

    [Fact]
    public async Task Signed_in_pages_are_never_cached_and_the_session_cookie_is_http_only_and_same_site()
    {
        var (tenant, user) = await MemberAsync();
        using var client = new PortalClient(factory);
        using var password = await PasswordAsync(client, user.Email, user.Password);
        using var code = await client.SubmitAsync(PortalClient.RedirectOf(password)!, "main form", ("Input.Code", Totp.Code(user.AuthenticatorKey!)));

        var cookie = code.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(Identity.PortalAccountsExtensions.AuthCookieName + "=", StringComparison.Ordinal));
        using var page = await client.GetAsync($"/{tenant.Slug}");

        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Signing_out_needs_the_form_token_and_then_ends_the_session()
    {
        var (tenant, user) = await MemberAsync();
        using var client = new PortalClient(factory);
        await client.SignInAsync(user);

        using var forged = await client.Http.PostAsync(new Uri("/account/sign-out", UriKind.Relative), new FormUrlEncodedContent([]));
        using var stillIn = await client.GetAsync($"/{tenant.Slug}");
        var page = await client.GetPageAsync($"/{tenant.Slug}");
        using var signedOut = await client.SubmitAsync(page, $"/{tenant.Slug}", "form.nhsuk-header__account-form", []);
        using var after = await client.GetAsync($"/{tenant.Slug}");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal("/account/sign-in", PortalClient.RedirectOf(signedOut));
        Assert.StartsWith("/account/sign-in?ReturnUrl=", PortalClient.RedirectOf(after), StringComparison.Ordinal);
        Assert.Contains(await factory.ReadAuditAsync(), a => a.Action == AuditActions.SignedOut && a.UserId == user.Id);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    [InlineData("/\t/evil.example/phish")]
    [InlineData("/\n/evil.example/phish")]
    [InlineData("/ /evil.example/phish")]
    public async Task A_sign_in_link_only_returns_to_this_site(string returnUrl)
    {
        var (_, user) = await MemberAsync();
        using var client = new PortalClient(factory);

        var landing = await client.SignInAsync(user, returnUrl: returnUrl);

        Assert.DoesNotContain("evil", landing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forgotten_password_sends_a_link_that_sets_a_new_password_once()
    {
        var (_, user) = await MemberAsync();
        using var client = new PortalClient(factory);

        using var asked = await client.SubmitAsync("/account/forgot-password", "main form", ("Input.Email", user.Email));
        using var askedForNobody = await client.SubmitAsync("/account/forgot-password", "main form", ("Input.Email", "nobody@example.org"));
        var link = factory.Mail.LatestLink(user.Email);
        using var reset = await client.SubmitAsync(link, "main form", ("Input.Password", "a brand new password"), ("Input.Confirm", "a brand new password"));
        using var again = await client.SubmitAsync(link, "main form", ("Input.Password", "yet another password"), ("Input.Confirm", "yet another password"));

        Assert.Equal("/account/forgot-password/sent", PortalClient.RedirectOf(asked));
        Assert.Equal("/account/forgot-password/sent", PortalClient.RedirectOf(askedForNobody));
        Assert.Equal("/account/sign-in?done=password-reset", PortalClient.RedirectOf(reset));
        Assert.Null(PortalClient.RedirectOf(again));
        using var fresh = new PortalClient(factory);
        using var withNew = await PasswordAsync(fresh, user.Email, "a brand new password");
        Assert.StartsWith("/account/sign-in/two-factor", PortalClient.RedirectOf(withNew), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_cookie_copied_before_sign_out_is_refused_afterwards()
    {
        var (tenant, user) = await MemberAsync();
        var cookies = new CookieContainer();
        using var browser = new PortalClient(factory.CreateDefaultClient(new CookieContainerHandler(cookies)));
        await browser.SignInAsync(user);
        var copied = cookies.GetCookieHeader(factory.Server.BaseAddress);
        using var replayBefore = await GetWithCookieAsync("/account", copied);

        var page = await browser.GetPageAsync($"/{tenant.Slug}");
        using var signedOut = await browser.SubmitAsync(page, $"/{tenant.Slug}", "form.nhsuk-header__account-form", []);
        using var replayAccount = await GetWithCookieAsync("/account", copied);
        using var replayTenant = await GetWithCookieAsync($"/{tenant.Slug}", copied);

        Assert.Equal(HttpStatusCode.OK, replayBefore.StatusCode);
        Assert.Equal("/account/sign-in", PortalClient.RedirectOf(signedOut));
        Assert.StartsWith("/account/sign-in?ReturnUrl=", PortalClient.RedirectOf(replayAccount), StringComparison.Ordinal);
        Assert.StartsWith("/account/sign-in?ReturnUrl=", PortalClient.RedirectOf(replayTenant), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_without_an_account_is_locked_after_as_many_failures_as_a_real_account()
    {
        var (_, user) = await MemberAsync();
        var nobody = "nobody-" + Guid.NewGuid().ToString("N") + "@example.org";
        var answers = new Dictionary<string, List<string?>>();
        foreach (var email in new[] { user.Email, nobody })
        {
            using var client = new PortalClient(factory);
            answers[email] = [];
            for (var attempt = 0; attempt < 6; attempt++)
            {
                using var response = await PasswordAsync(client, email, "wrong password " + attempt);
                answers[email].Add(PortalClient.RedirectOf(response) ?? ErrorSummaryText(await PortalClient.ParseAsync(response)));
            }
        }

        // Four refusals with the one message, then the lock page, for both: nothing tells them apart.
        Assert.Equal(answers[user.Email], answers[nobody]);
        Assert.Equal(
            [.. Enumerable.Repeat("Enter a correct email address and password", 4), "/account/locked", "/account/locked"],
            answers[nobody]);
    }

    [Fact]
    public async Task A_lock_on_an_address_without_an_account_ends_when_a_real_lock_would()
    {
        var nobody = "nobody-" + Guid.NewGuid().ToString("N") + "@example.org";
        using var client = new PortalClient(factory);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var _ = await PasswordAsync(client, nobody, "wrong password " + attempt);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        using var afterLock = await PasswordAsync(client, nobody, "wrong password again");

        Assert.Equal("Enter a correct email address and password", ErrorSummaryText(await PortalClient.ParseAsync(afterLock)));
    }

    [Fact]
    public async Task Someone_in_several_partnerships_is_asked_which_one_to_open_after_signing_in()
    {
        var (first, user) = await MemberAsync();
        var second = await factory.CreateTenantAsync("sec-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council");
        await factory.AddMembershipAsync(second, user, [TenantRole.Member]);
        using var client = new PortalClient(factory);

        var landing = await client.SignInAsync(user);
        var chooser = await client.GetPageAsync(landing);

        Assert.Equal("/account/partnerships", landing);
        Assert.Equal("Choose a partnership", chooser.QuerySelector("h1")?.TextContent.Trim());
        var links = chooser.QuerySelectorAll("main ul a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(new[] { $"/{first.Slug}", $"/{second.Slug}" }.Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Someone_in_one_partnership_goes_straight_to_it_and_the_home_page_links_to_it()
    {
        var (tenant, user) = await MemberAsync();
        using var client = new PortalClient(factory);

        var landing = await client.SignInAsync(user);
        var home = await client.GetPageAsync("/");

        Assert.Equal($"/{tenant.Slug}", landing);
        Assert.Equal("Your partnership", home.QuerySelector("main h2")?.TextContent.Trim());
        Assert.Equal($"/{tenant.Slug}", home.QuerySelector("main ul a")?.GetAttribute("href"));
        Assert.Equal(tenant.Name, home.QuerySelector("main ul a")?.TextContent.Trim());
    }

    private static string? ErrorSummaryText(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector(".nhsuk-error-summary__list a")?.TextContent.Trim();

    private async Task<HttpResponseMessage> GetWithCookieAsync(string url, string cookie)
    {
        using var replay = factory.CreateDefaultClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await replay.SendAsync(request);
    }
}
