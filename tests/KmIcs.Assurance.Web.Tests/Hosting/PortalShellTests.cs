using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.Hosting;

/// <summary>The portal starts on its database, reports health, and serves NHS.UK pages with strict security headers.</summary>
public class PortalShellTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Health_reports_the_database_reachable()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Home_page_has_the_nhs_header_with_the_service_name_skip_link_and_footer()
    {
        using var client = factory.CreateClient();

        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/", UriKind.Relative)));

        Assert.Equal("Strategy Delivery Assurance", document.QuerySelector(".nhsuk-header__service-name")?.TextContent.Trim());
        Assert.Equal("#maincontent", document.QuerySelector("a.nhsuk-skip-link")?.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("main#maincontent h1"));
        Assert.NotNull(document.QuerySelector("footer.nhsuk-footer"));
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Home_page_links_the_nhsuk_stylesheet_and_it_is_served()
    {
        using var client = factory.CreateClient();
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        var href = document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")).Single(h => h!.Contains("nhsuk-frontend", StringComparison.Ordinal));

        using var css = await client.GetAsync(new Uri("/" + href, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains(".nhsuk-header", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_carry_a_content_security_policy_whose_only_inline_script_has_its_nonce()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        var inline = document.QuerySelectorAll("script:not([src])").Single();
        Assert.Contains($"'nonce-{inline.GetAttribute("nonce")}'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Unknown_address_gets_the_not_found_page_with_status_404()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", document.QuerySelector("h1")?.TextContent.Trim());
    }
}
