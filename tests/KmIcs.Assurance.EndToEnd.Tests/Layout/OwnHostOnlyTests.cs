using System.Collections.Concurrent;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Browser;
using Microsoft.Playwright;

namespace KmIcs.Assurance.EndToEnd.Tests.Layout;

/// <summary>
/// The portal asks no other host for anything (no fonts, scripts or images from a CDN, so nothing about a visit leaves
/// the service), and no page answers an error or writes an error to the browser console.
/// </summary>
public class OwnHostOnlyTests(PortalServerFixture portal) : IClassFixture<PortalServerFixture>
{
    private const string Tenant = "kent-medway";

    [Fact]
    public async Task Pages_request_nothing_from_other_hosts_and_raise_no_console_errors_or_error_responses()
    {
        var admin = await portal.CreateUserAsync(await portal.SeededTenantAsync(Tenant), [TenantRole.TenantAdmin, TenantRole.Member]);
        var page = await Chromium.NewPageAsync(portal.ServerAddress);
        var problems = new ConcurrentQueue<string>();
        var own = portal.ServerAddress.Authority;
        page.Request += (_, request) =>
        {
            var uri = new Uri(request.Url);
            if (uri.Scheme is "http" or "https" && uri.Authority != own)
            {
                problems.Enqueue($"request to another host: {request.Url}");
            }
        };
        page.RequestFailed += (_, request) => problems.Enqueue($"request failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Enqueue($"{response.Status} for {response.Url}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Enqueue($"console {message.Type} on {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Enqueue($"script error on {page.Url}: {error}");

        await page.GotoAsync("/");
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(admin.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(admin.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Enter the code from your authenticator app").FillAsync(KmIcs.Assurance.Testing.Accounts.Totp.Code(admin.AuthenticatorKey!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync($"**/{Tenant}");

        await page.GotoAsync($"/{Tenant}/outcomes/1");
        var commitment = await page.Locator("tr[data-commitment] a").First.GetAttributeAsync("href");
        foreach (var url in new[]
        {
            $"/{Tenant}", $"/{Tenant}/indicators/1.1", $"/{Tenant}/indicators/PH03", commitment!,
            $"/{Tenant}/search?q=smoking", $"/{Tenant}/indicators?q=smoking", $"/{Tenant}/admin/members", $"/{Tenant}/admin/audit",
        })
        {
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.True(problems.IsEmpty, string.Join(Environment.NewLine, problems.Distinct()));
        await page.Context.CloseAsync();
    }
}
