using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Domain.Tenancy;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Testing.Web;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Web.Tests.Robustness;

/// <summary>
/// What a platform admin types for a new partnership, and a tenant admin for an invitee, is checked before anything
/// is created: a slug the portal's own pages use, a name on several lines or longer than its column, an email address
/// longer than any mail server takes. Each gets a field error in the NHS.UK error summary.
/// </summary>
public partial class NewTenantAndInviteeTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<PortalClient> PlatformAdminAsync()
    {
        var client = new PortalClient(portal);
        await client.SignInAsync(await portal.CreateUserAsync(null, [], platformAdmin: true));
        return client;
    }

    private static async Task<IHtmlDocument> RefusedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {response.Headers.Location}");
        return await PortalClient.ParseAsync(response);
    }

    private static string? SummaryLink(IHtmlDocument page, string fieldId) =>
        page.ErrorFor(fieldId);

    private async Task<bool> TenantExistsAsync(string slug)
    {
        await using var db = portal.CreateContext();
        return await db.Set<Tenant>().AnyAsync(t => t.Slug == slug);
    }

    [Theory]
    [InlineData("accessibility")]
    [InlineData("account")]
    [InlineData("platform")]
    [InlineData("status")]
    [InlineData("health")]
    [InlineData("not-found")]
    public async Task A_slug_the_portals_own_pages_use_is_refused(string slug)
    {
        using var admin = await PlatformAdminAsync();

        using var response = await admin.SubmitAsync("/platform/tenants", "main form", ("Input.Name", "Shadowed Partnership"), ("Input.Slug", slug));

        Assert.Equal($"Web address name {slug} is used by the portal's own pages. Choose another", SummaryLink(await RefusedAsync(response), "slug"));
        Assert.False(await TenantExistsAsync(slug));
    }

    [Theory]
    [InlineData("Kent and Medway\r\nIntegrated Care Partnership", "Name must be on one line, without line breaks or tabs")]
    [InlineData("Kent and Medway\nIntegrated Care Partnership", "Name must be on one line, without line breaks or tabs")]
    [InlineData("5000", "Name must be 300 characters or fewer")]
    public async Task A_name_on_several_lines_or_longer_than_its_column_is_refused(string name, string message)
    {
        using var admin = await PlatformAdminAsync();
        var slug = "named-" + Guid.NewGuid().ToString("N")[..8];
        var typed = name == "5000" ? new string('K', 5000) : name;

        using var response = await admin.SubmitAsync("/platform/tenants", "main form", ("Input.Name", typed), ("Input.Slug", slug));

        Assert.Equal(message, SummaryLink(await RefusedAsync(response), "name"));
        Assert.False(await TenantExistsAsync(slug));
    }

    /// <summary>Every first segment of every address the app maps (pages, endpoints, static asset folders) that could be a slug is reserved.</summary>
    [Fact]
    public void Every_first_segment_of_the_portals_own_addresses_is_a_reserved_slug()
    {
        var firstSegments = portal.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.PathSegments.Count > 0)
            .Select(e => e.RoutePattern.PathSegments[0])
            .Where(s => s.IsSimple && s.Parts[0] is RoutePatternLiteralPart)
            .Select(s => ((RoutePatternLiteralPart)s.Parts[0]).Content)
            .Distinct()
            .ToList();

        var couldBeSlugs = firstSegments.Where(s => SlugShape().IsMatch(s)).ToList();
        Assert.Contains("accessibility", couldBeSlugs);
        Assert.Contains("css", couldBeSlugs);
        Assert.DoesNotContain(couldBeSlugs, s => !MembershipService.IsReserved(s));
    }

    [Theory]
    [InlineData("314", "Email address must be 254 characters or fewer")]
    [InlineData("name@", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("two words@example.org", "Enter an email address in the correct format, like name@example.com")]
    [InlineData("a@b@example.org", "Enter an email address in the correct format, like name@example.com")]
    public async Task An_invitation_to_an_address_no_one_can_receive_is_refused_before_anything_is_created(string email, string message)
    {
        var tenant = await portal.CreateTenantAsync("inv-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council");
        using var admin = new PortalClient(portal);
        await admin.SignInAsync(await portal.CreateUserAsync(tenant, [TenantRole.TenantAdmin]));
        var typed = email == "314" ? new string('a', 302) + "@example.org" : email;
        Assert.True(email != "314" || typed.Length == 314);

        using var response = await admin.SubmitAsync($"/{tenant.Slug}/admin/members/invite", "main form", ("Input.Email", typed), ("Input.DisplayName", "Ivy Invited"), ("Input.Roles", "member"));

        Assert.Equal(message, SummaryLink(await RefusedAsync(response), "email"));
        await using var db = portal.CreateContext(tenant);
        Assert.False(await db.Users.AnyAsync(u => u.Email == typed));
        Assert.False(await db.Invitations.AnyAsync(i => i.TenantId == tenant.Id));
    }

    [Fact]
    public async Task The_invitation_service_refuses_a_314_character_address_before_creating_an_account()
    {
        var tenant = await portal.CreateTenantAsync("inv-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council");
        var email = new string('a', 302) + "@example.org";
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant.Id, tenant.Slug);

        var result = await scope.ServiceProvider.GetRequiredService<InvitationService>().InviteAsync(email, "Ivy Invited", [TenantRole.Member], []);

        Assert.Equal(["email"], result.Errors.Select(e => e.Field));
        await using var db = portal.CreateContext(tenant);
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugShape();
}
