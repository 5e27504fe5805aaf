using System.Net;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>A portal without an <c>AzureAd</c> section signs in with passwords only, as before.</summary>
public class WorkAccountNotConfiguredTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Sign_in_page_offers_no_work_account_option()
    {
        using var client = new PortalClient(factory);

        var page = await client.GetPageAsync("/account/sign-in");

        Assert.Single(page.QuerySelectorAll("main form"));
        Assert.DoesNotContain("work account", page.QuerySelector("main")?.TextContent, StringComparison.OrdinalIgnoreCase);
        using var callback = await client.GetAsync("/account/sign-in/work-account/callback");
        Assert.Equal(HttpStatusCode.NotFound, callback.StatusCode);
    }
}
