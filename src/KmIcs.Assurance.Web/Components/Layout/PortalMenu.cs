using System.Security.Claims;
using KmIcs.Assurance.Web.Authorization;
using KmIcs.Assurance.Web.Components.Shared.Nhs;
using KmIcs.Assurance.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace KmIcs.Assurance.Web.Components.Layout;

/// <summary>
/// The header menu. Each entry names the policy of the page it links to (a test checks they agree), and is shown
/// only when that policy admits the user, so a menu never offers what the role cannot do. Features add their
/// entries here.
/// </summary>
public static class PortalMenu
{
    public sealed record TenantEntry(string Text, Func<string, string> Href, string Policy);

    public sealed record GlobalEntry(string Text, string Href, string Policy);

    public static IReadOnlyList<TenantEntry> Tenant { get; } =
    [
        new("Overview", Links.Tenant.Overview, Policies.TenantMember),
        new("Indicators", slug => Links.Tenant.Indicators(slug), Policies.TenantMember),
        new("Commitments", slug => Links.Tenant.Commitments(slug), Policies.TenantMember),
        new("Meetings", slug => Links.Meetings.Index(slug), Policies.TenantMember),
        new("Packs", slug => Links.Packs.Index(slug), Policies.TenantMember),
        new("My updates", slug => Links.Updates.Mine(slug), Policies.LeadPartner),
        new("Data", slug => Links.Data.Index(slug), Policies.DataEditor),
        new("Reporting rounds", Links.Rounds.Index, Policies.Reviewer),
        new("Reviews", Links.Reviews.Index, Policies.Reviewer),
        new("Members", slug => Links.Admin.Members(slug), Policies.TenantAdmin),
        new("Organisations", slug => Links.Admin.Organisations(slug), Policies.TenantAdmin),
        new("Audit log", Links.Admin.Audit, Policies.TenantAdmin),
        new("Account settings", slug => Links.Admin.Settings(slug), Policies.TenantAdmin),
    ];

    public static IReadOnlyList<GlobalEntry> Global { get; } =
    [
        new("Tenants", Links.Platform.Tenants(), Policies.PlatformAdmin),
    ];

    public static async Task<IReadOnlyList<Header.NavigationItem>> BuildAsync(
        ClaimsPrincipal user, MembershipSnapshot? membership, IAuthorizationService authorization, string currentPath)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(authorization);
        var items = new List<Header.NavigationItem>();
        if (user.Identity?.IsAuthenticated != true)
        {
            return items;
        }

        if (membership is not null)
        {
            foreach (var entry in Tenant)
            {
                if ((await authorization.AuthorizeAsync(user, entry.Policy)).Succeeded)
                {
                    var href = entry.Href(membership.TenantSlug);
                    items.Add(new Header.NavigationItem(entry.Text, href, IsCurrent(href, currentPath)));
                }
            }
        }

        foreach (var entry in Global)
        {
            if ((await authorization.AuthorizeAsync(user, entry.Policy)).Succeeded)
            {
                items.Add(new Header.NavigationItem(entry.Text, entry.Href, IsCurrent(entry.Href, currentPath)));
            }
        }

        return items;
    }

    private static bool IsCurrent(string href, string currentPath) =>
        string.Equals(href, currentPath, StringComparison.OrdinalIgnoreCase);
}
