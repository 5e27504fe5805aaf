using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Accounts;
using KmIcs.Assurance.Testing.Browser;
using Microsoft.Playwright;
using static KmIcs.Assurance.EndToEnd.Tests.BrowserJourney;

namespace KmIcs.Assurance.EndToEnd.Tests.Accounts;

/// <summary>A person signs in with two-factor authentication in a real browser; every account page passes axe.</summary>
public class SignInJourneyTests(PortalServerFixture portal) : IClassFixture<PortalServerFixture>
{
    [Fact]
    public async Task A_tenant_admin_signs_in_with_an_authenticator_code_and_reaches_their_partnership()
    {
        var tenant = await portal.CreateTenantAsync("e2e-" + Guid.NewGuid().ToString("N")[..6], "Kent County Council");
        var user = await portal.CreateUserAsync(tenant, [TenantRole.TenantAdmin]);
        var page = await Chromium.NewPageAsync(portal.ServerAddress);

        await page.GotoAsync($"/{tenant.Slug}/admin/members");
        await AssertHeadingAsync(page, "Sign in");
        await AssertAccessibleAsync(page, "account-sign-in");

        await page.GetByLabel("Email address").FillAsync(user.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await AssertHeadingAsync(page, "Enter the code from your authenticator app");
        await AssertAccessibleAsync(page, "account-two-factor-code");

        await page.GetByLabel("Enter the code from your authenticator app").FillAsync(Totp.Code(user.AuthenticatorKey!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await AssertHeadingAsync(page, "Members");
        Assert.Equal(["Overview", "Indicators", "Commitments", "Meetings", "Packs", "Data", "Reporting rounds", "Reviews", "Members", "Organisations", "Audit log", "Account settings"],
            (await page.Locator("a.nhsuk-header__navigation-link").AllInnerTextsAsync()).Select(t => t.Trim()));
        await AssertAccessibleAsync(page, "admin-members");

        await page.GotoAsync("/account");
        await AssertHeadingAsync(page, "Your account");
        await AssertAccessibleAsync(page, "account-home");

        await page.GotoAsync("/account/two-factor");
        await AssertHeadingAsync(page, "Two-factor authentication");
        await AssertAccessibleAsync(page, "account-two-factor-on");

        await page.GotoAsync($"/{tenant.Slug}/admin/members/invite");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        Assert.Equal("There is a problem", (await page.Locator(".nhsuk-error-summary__heading").InnerTextAsync()).Trim());
        await AssertAccessibleAsync(page, "admin-invite-errors");

        await page.Locator("form.nhsuk-header__account-form button").ClickAsync();
        await AssertHeadingAsync(page, "Sign in");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_new_account_sets_up_two_factor_from_the_key_on_screen_and_sees_its_recovery_codes()
    {
        var tenant = await portal.CreateTenantAsync("e2e-" + Guid.NewGuid().ToString("N")[..6]);
        var user = await portal.CreateUserAsync(tenant, [TenantRole.Member], twoFactor: false);
        var page = await Chromium.NewPageAsync(portal.ServerAddress);

        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(user.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await AssertHeadingAsync(page, "Set up two-factor authentication");
        await AssertAccessibleAsync(page, "account-two-factor-setup");

        var key = await page.Locator("#setup-key").InnerTextAsync();
        await page.GetByLabel("Code from your authenticator app").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor authentication" }).ClickAsync();
        await AssertHeadingAsync(page, "Save your recovery codes");
        Assert.Equal(10, await page.Locator(".app-recovery-codes code").CountAsync());
        await AssertAccessibleAsync(page, "account-recovery-codes");

        await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
        await AssertHeadingAsync(page, tenant.Name);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Sign_in_errors_forgotten_password_and_a_bad_invitation_link_are_accessible()
    {
        var page = await Chromium.NewPageAsync(portal.ServerAddress);

        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Counting does not wait for the answer to arrive; the summary's last item does.
        await page.Locator(".nhsuk-error-summary__list li").Last.WaitForAsync();
        Assert.Equal(2, await page.Locator(".nhsuk-error-summary__list li").CountAsync());
        await AssertAccessibleAsync(page, "account-sign-in-errors");

        await page.GotoAsync("/account/forgot-password");
        await AssertHeadingAsync(page, "Reset your password");
        await AssertAccessibleAsync(page, "account-forgot-password");

        await page.GotoAsync("/account/invitation?token=not-a-real-token");
        await AssertHeadingAsync(page, "This invitation link is not valid");
        await AssertAccessibleAsync(page, "account-invitation-invalid");
        await page.Context.CloseAsync();
    }
}
