using KmIcs.Assurance.Web.Components.Layout;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>Every role sees exactly its menu, and each menu entry leads to a page its policy opens.</summary>
public class MenuTests(AccountsFixture portal) : IClassFixture<AccountsFixture>
{
    public static TheoryData<string, string[]> Menus => new()
    {
        { "member", ["Overview", "Indicators", "Commitments", "Meetings", "Packs"] },
        { "lead-partner", ["Overview", "Indicators", "Commitments", "Meetings", "Packs", "My updates"] },
        { "analyst", ["Overview", "Indicators", "Commitments", "Meetings", "Packs", "Data"] },
        { "clerk", ["Overview", "Indicators", "Commitments", "Meetings", "Packs", "Reporting rounds", "Reviews"] },
        { "tenant-admin", ["Overview", "Indicators", "Commitments", "Meetings", "Packs", "Data", "Reporting rounds", "Reviews", "Members", "Organisations", "Audit log", "Account settings"] },
    };

    [Theory]
    [MemberData(nameof(Menus))]
    public async Task Each_role_sees_exactly_its_menu_on_its_partnership(string role, string[] expected)
    {
        await portal.SetUpAsync();

        var page = await portal.Client(role).GetPageAsync($"/{portal.A.Slug}");

        Assert.Equal(expected, page.QuerySelectorAll(".nhsuk-header__navigation-link").Select(a => a.TextContent.Trim()).Where(t => t != "Browse More"));
    }

    [Fact]
    public async Task A_platform_admin_sees_the_tenants_menu_and_anonymous_visitors_see_no_menu_but_a_sign_in_link()
    {
        await portal.SetUpAsync();

        var admin = await portal.Client(AccountsFixture.PlatformAdmin).GetPageAsync("/account");
        var anonymous = await portal.Client(AccountsFixture.Anonymous).GetPageAsync("/");

        Assert.Equal(["Tenants"], admin.QuerySelectorAll("a.nhsuk-header__navigation-link").Select(a => a.TextContent.Trim()));
        Assert.Empty(anonymous.QuerySelectorAll("a.nhsuk-header__navigation-link"));
        Assert.Equal("Sign in", anonymous.QuerySelector(".nhsuk-header__account-link")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_signed_in_person_sees_their_account_and_a_sign_out_button_in_the_header()
    {
        await portal.SetUpAsync();

        var page = await portal.Client("member").GetPageAsync($"/{portal.A.Slug}");

        Assert.Equal(portal.Users["member"].Email, page.QuerySelector(".nhsuk-header__account-link")?.TextContent.Trim());
        var form = page.QuerySelector("form.nhsuk-header__account-form");
        Assert.Equal("/account/sign-out", form?.GetAttribute("action"));
        Assert.NotNull(form?.QuerySelector("input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public void Every_menu_entry_names_the_same_policy_as_the_page_it_links_to()
    {
        var endpoints = PortalEndpoint.All(portal.Services);
        var slug = "some-tenant";

        foreach (var entry in PortalMenu.Tenant)
        {
            var path = entry.Href(slug).Replace(slug, "{tenant}", StringComparison.Ordinal);
            var page = Assert.Single(endpoints, e => e.Template == path);
            Assert.Equal(entry.Policy, page.Policy);
        }

        foreach (var entry in PortalMenu.Global)
        {
            Assert.Equal(entry.Policy, Assert.Single(endpoints, e => e.Template == entry.Href).Policy);
        }
    }
}
