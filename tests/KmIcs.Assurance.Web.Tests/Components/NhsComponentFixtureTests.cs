using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Web.Components.Shared.Nhs;

namespace KmIcs.Assurance.Web.Tests.Components;

/// <summary>Our NHS.UK Razor components render the same markup as the design system's own fixtures.</summary>
public class NhsComponentFixtureTests
{
    [Fact]
    public async Task Header_with_linked_service_name_matches_the_design_system_fixture()
    {
        var html = await ComponentRenderer.RenderAsync<Header>(new Dictionary<string, object?>
        {
            [nameof(Header.ServiceName)] = "Prototype kit",
            [nameof(Header.ServiceHref)] = "#",
        });

        Assert.Equal(HtmlStructure.Canonicalise(NhsukFixtures.Html("header", "with service name (linked with logo)")), HtmlStructure.Canonicalise(html));
    }

    [Fact]
    public async Task Footer_with_support_links_matches_the_design_system_fixture()
    {
        string[] texts = ["Accessibility statement", "Contact us", "Cookies", "Privacy policy", "Terms and conditions"];
        var html = await ComponentRenderer.RenderAsync<Footer>(new Dictionary<string, object?>
        {
            [nameof(Footer.Links)] = texts.Select(t => new Footer.Link(t, "#")).ToList(),
            [nameof(Footer.Copyright)] = "© NHS England",
        });

        Assert.Equal(HtmlStructure.Canonicalise(NhsukFixtures.Html("footer", "default")), HtmlStructure.Canonicalise(html));
    }

    [Fact]
    public async Task Footer_without_links_carries_the_operators_own_copyright_like_the_custom_copyright_fixture()
    {
        var html = await ComponentRenderer.RenderAsync<Footer>(new Dictionary<string, object?>
        {
            [nameof(Footer.Copyright)] = "© East London NHS Foundation Trust",
        });

        Assert.Equal(HtmlStructure.Canonicalise(NhsukFixtures.Html("footer", "with custom copyright text")), HtmlStructure.Canonicalise(html));
    }

    [Fact]
    public async Task Skip_link_matches_the_design_system_fixture()
    {
        var html = await ComponentRenderer.RenderAsync<SkipLink>(new Dictionary<string, object?>
        {
            [nameof(SkipLink.Href)] = "#maincontent",
            [nameof(SkipLink.Text)] = "Skip to main content",
        });

        Assert.Equal(HtmlStructure.Canonicalise(NhsukFixtures.Html("skip-link", "default")), HtmlStructure.Canonicalise(html));
    }

    [Fact]
    public async Task Breadcrumbs_match_the_design_system_fixture_including_the_back_link()
    {
        var html = await ComponentRenderer.RenderAsync<Breadcrumbs>(new Dictionary<string, object?>
        {
            [nameof(Breadcrumbs.Items)] = new List<Breadcrumbs.Crumb> { new("Home", "#"), new("NHS services", "#"), new("Hospitals", "#") },
        });

        Assert.Equal(HtmlStructure.Canonicalise(NhsukFixtures.Html("breadcrumb", "default")), HtmlStructure.Canonicalise(html));
    }

    [Fact]
    public async Task Breadcrumbs_render_nothing_without_ancestors()
    {
        var html = await ComponentRenderer.RenderAsync<Breadcrumbs>(new Dictionary<string, object?>
        {
            [nameof(Breadcrumbs.Items)] = new List<Breadcrumbs.Crumb>(),
        });

        Assert.Equal("", html.Trim());
    }
}
