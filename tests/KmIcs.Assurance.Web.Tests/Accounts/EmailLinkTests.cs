using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>Links in emails come from Email:PublicBaseUrl, never from the Host header a request claims.</summary>
public sealed class EmailLinkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_password_reset_asked_for_under_a_forged_host_links_to_the_configured_address()
    {
        var tenant = await factory.CreateTenantAsync("mail-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council");
        var user = await factory.CreateUserAsync(tenant, [TenantRole.Member]);
        using var client = new PortalClient(factory);
        var page = await client.GetPageAsync("/account/forgot-password");
        client.Http.DefaultRequestHeaders.Host = "evil.example";

        using var asked = await client.SubmitAsync(page, "/account/forgot-password", "main form", [new("Input.Email", user.Email)]);

        Assert.Equal("/account/forgot-password/sent", PortalClient.RedirectOf(asked));
        var message = Assert.Single(factory.Mail.To(user.Email));
        Assert.Contains(PortalFactory.PublicBaseUrl + "/account/reset-password?", message, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_asked_for_under_a_forged_host_links_to_the_configured_address()
    {
        var tenant = await factory.CreateTenantAsync("mail-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council");
        var admin = await factory.CreateUserAsync(tenant, [TenantRole.TenantAdmin]);
        using var client = new PortalClient(factory);
        await client.SignInAsync(admin);
        var url = $"/{tenant.Slug}/admin/members/invite";
        var page = await client.GetPageAsync(url);
        client.Http.DefaultRequestHeaders.Host = "evil.example";
        var email = $"invitee-{Guid.NewGuid():N}@example.org";

        using var invited = await client.SubmitAsync(page, url, "form[method=post]:not(.nhsuk-header__account-form)",
            [new("Input.Email", email), new("Input.DisplayName", "Alex Example"), new("Input.Roles", "member")]);

        Assert.Equal($"/{tenant.Slug}/admin/members?done=invited", PortalClient.RedirectOf(invited));
        var message = Assert.Single(factory.Mail.To(email));
        Assert.Contains(PortalFactory.PublicBaseUrl + "/account/invitation?token=", message, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("portal.example.nhs.uk")]
    [InlineData("ftp://portal.example.nhs.uk")]
    public async Task The_portal_refuses_to_start_without_a_usable_public_address_and_says_which_setting(string value)
    {
        var unconfigured = new PortalFactory();
        unconfigured.Settings["Email:PublicBaseUrl"] = value;
        await unconfigured.InitializeAsync();
        Exception? refused;
        try
        {
            refused = Record.Exception(() => unconfigured.Services);
        }
        finally
        {
            await ((IAsyncLifetime)unconfigured).DisposeAsync();
        }

        Assert.NotNull(refused);
        var messages = string.Join(" | ", Chain(refused));
        Assert.Contains("Email:PublicBaseUrl must be the absolute http(s) address people reach the portal on", messages, StringComparison.Ordinal);
        Assert.Contains("Email__PublicBaseUrl", messages, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Chain(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return exception.Message;
        }
    }
}
