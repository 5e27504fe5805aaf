using Bunit;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Web.Components.Shared.Nhs;

namespace KmIcs.Assurance.Web.Tests.Components;

/// <summary>Our NHS.UK Razor components render the same markup as the design system's own fixtures.</summary>
public class NhsComponentFixtureTests : BunitContext
{
    [Fact]
    public void Header_with_linked_service_name_matches_the_design_system_fixture()
    {
        var cut = Render<Header>(ps => ps
            .Add(p => p.ServiceName, "Prototype kit")
            .Add(p => p.ServiceHref, "#"));

        cut.MarkupMatches(NhsukFixtures.Html("header", "with service name (linked with logo)"));
    }

    [Fact]
    public void Footer_with_support_links_matches_the_design_system_fixture()
    {
        string[] texts = ["Accessibility statement", "Contact us", "Cookies", "Privacy policy", "Terms and conditions"];
        var cut = Render<Footer>(ps => ps
            .Add(p => p.Links, texts.Select(t => new Footer.Link(t, "#")).ToList())
            .Add(p => p.Copyright, "© NHS England"));

        cut.MarkupMatches(NhsukFixtures.Html("footer", "default"));
    }

    [Fact]
    public void Footer_without_links_carries_the_operators_own_copyright_like_the_custom_copyright_fixture()
    {
        var cut = Render<Footer>(ps => ps.Add(p => p.Copyright, "© East London NHS Foundation Trust"));

        cut.MarkupMatches(NhsukFixtures.Html("footer", "with custom copyright text"));
    }

    [Fact]
    public void Skip_link_matches_the_design_system_fixture()
    {
        var cut = Render<SkipLink>(ps => ps
            .Add(p => p.Href, "#maincontent")
            .Add(p => p.Text, "Skip to main content"));

        cut.MarkupMatches(NhsukFixtures.Html("skip-link", "default"));
    }

    [Fact]
    public void Breadcrumbs_match_the_design_system_fixture_including_the_back_link()
    {
        var cut = Render<Breadcrumbs>(ps => ps
            .Add(p => p.Items, [new("Home", "#"), new("NHS services", "#"), new("Hospitals", "#")]));

        cut.MarkupMatches(NhsukFixtures.Html("breadcrumb", "default"));
    }

    [Fact]
    public void Breadcrumbs_render_nothing_without_ancestors()
    {
        var cut = Render<Breadcrumbs>(ps => ps.Add(p => p.Items, []));

        Assert.Equal("", cut.Markup.Trim());
    }
}
