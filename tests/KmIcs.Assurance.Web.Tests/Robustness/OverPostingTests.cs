using System.Net;
using System.Reflection;
using AngleSharp.Html.Dom;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.Organisations;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Testing.Web;
using KmIcs.Assurance.Web.Tests.ProgressReporting;
using KmIcs.Assurance.Web.Tests.Rounds;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Web.Tests.Robustness;

/// <summary>
/// Forms posted with values the page never offered (an enum's number, a word where a flag or a version belongs): each
/// is refused with a message in the NHS.UK error summary and nothing is stored, where a typed binding used to turn
/// them silently into the type's default or store an undefined enum value.
/// </summary>
public class OverPostingTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<(TestTenant Tenant, PortalClient Admin)> AdminAsync()
    {
        var tenant = await portal.CreateTenantAsync("over-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council", "Medway Council");
        var admin = await portal.CreateUserAsync(tenant, [TenantRole.TenantAdmin]);
        var client = new PortalClient(portal);
        await client.SignInAsync(admin);
        return (tenant, client);
    }

    private static async Task<IHtmlDocument> RefusedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {response.Headers.Location}");
        var page = await PortalClient.ParseAsync(response);
        Assert.NotNull(page.QuerySelector(".nhsuk-error-summary"));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        return page;
    }

    private static string? SummaryLink(IHtmlDocument page, string fieldId) =>
        page.ErrorFor(fieldId);

    [Theory]
    [InlineData("999")]
    [InlineData("abc")]
    [InlineData("1")]
    public async Task Renaming_with_a_kind_the_list_does_not_offer_is_refused_and_the_organisations_page_still_opens(string kind)
    {
        var (tenant, admin) = await AdminAsync();
        using var _ = admin;
        var medway = tenant.Organisations["Medway Council"];
        var url = $"/{tenant.Slug}/admin/organisations/{medway}";

        using var response = await admin.SubmitAsync(url, "form:has(input[name='Rename.Name'])", ("Rename.Name", "Medway Unitary Council"), ("Rename.Kind", kind));

        var page = await RefusedAsync(response);
        Assert.Equal("Select the kind of organisation from the list", SummaryLink(page, "kind"));
        Assert.Equal("Medway Unitary Council", page.QuerySelector("#name")?.GetAttribute("value"));
        await using var db = portal.CreateContext(tenant);
        var stored = await db.Set<Organisation>().AsNoTracking().SingleAsync(o => o.Id == medway);
        Assert.Equal(("Medway Council", default(OrganisationKind)), (stored.Name, stored.Kind));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/{tenant.Slug}/admin/organisations")).StatusCode);
    }

    [Fact]
    public async Task Adding_an_organisation_of_an_undefined_kind_adds_nothing()
    {
        var (tenant, admin) = await AdminAsync();
        using var _ = admin;

        using var response = await admin.SubmitAsync($"/{tenant.Slug}/admin/organisations", "form:has(input[name='Input.Name'])", ("Input.Name", "Kent Fire and Rescue"), ("Input.Kind", "999"));

        var page = await RefusedAsync(response);
        Assert.Equal("Select the kind of organisation from the list", SummaryLink(page, "kind"));
        await using var db = portal.CreateContext(tenant);
        Assert.False(await db.Set<Organisation>().AnyAsync(o => o.Name == "Kent Fire and Rescue"));
    }

    [Fact]
    public async Task A_deactivation_form_that_says_neither_true_nor_false_leaves_the_member_active()
    {
        var (tenant, admin) = await AdminAsync();
        using var _ = admin;
        var member = await portal.CreateUserAsync(tenant, [TenantRole.Member]);

        using var response = await admin.SubmitAsync($"/{tenant.Slug}/admin/members/{member.MembershipId}", "form:has(input[name='Activation.Active'])", ("Activation.Active", "maybe"));

        var page = await RefusedAsync(response);
        Assert.Contains("deactivate or reactivate", page.QuerySelector(".nhsuk-error-summary__list")?.TextContent, StringComparison.Ordinal);
        await using var db = portal.CreateContext(tenant);
        Assert.True((await db.TenantMemberships.AsNoTracking().SingleAsync(m => m.Id == member.MembershipId)).IsActive);
    }

    [Theory]
    [InlineData("member", "999")]
    [InlineData("member", "1")]
    [InlineData("invite", "999")]
    public async Task Roles_the_list_does_not_offer_are_refused_on_the_member_and_invite_pages(string page, string role)
    {
        var (tenant, admin) = await AdminAsync();
        using var _ = admin;
        var member = await portal.CreateUserAsync(tenant, [TenantRole.Member]);
        var email = $"invited-{Guid.NewGuid():N}@example.org";

        using var response = page == "member"
            ? await admin.SubmitAsync($"/{tenant.Slug}/admin/members/{member.MembershipId}", "form:has(input[name='Input.Roles'])", ("Input.Roles", role))
            : await admin.SubmitAsync($"/{tenant.Slug}/admin/members/invite", "main form", ("Input.Email", email), ("Input.DisplayName", "Ivy Invited"), ("Input.Roles", role));

        Assert.Equal("Select roles from the list", SummaryLink(await RefusedAsync(response), "roles"));
        await using var db = portal.CreateContext(tenant);
        Assert.Equal([TenantRole.Member], (await db.TenantMemberships.AsNoTracking().Include(m => m.Roles).SingleAsync(m => m.Id == member.MembershipId)).Roles.Select(r => r.Role));
        Assert.False(await db.Users.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task A_two_factor_setting_that_is_neither_true_nor_false_is_refused()
    {
        var (tenant, admin) = await AdminAsync();
        using var _ = admin;

        using var response = await admin.SubmitAsync($"/{tenant.Slug}/admin/settings", "main form", ("Input.MembersMaySkipTwoFactor", "maybe"));

        var page = await RefusedAsync(response);
        Assert.Equal("Select whether ICP members must use two-factor authentication", SummaryLink(page, "two-factor"));
        await using var db = portal.CreateContext(tenant);
        Assert.False(await db.TenantAccountSettings.AnyAsync(s => s.TenantId == tenant.Id));
    }

    [Theory]
    [InlineData("save", "999")]
    [InlineData("save", "abc")]
    [InlineData("submit", "2")]
    public async Task An_update_with_a_status_the_list_does_not_offer_is_refused_and_nothing_is_written(string action, string status)
    {
        var p = await Partnership.CreateAsync(portal);
        var commitment = await p.CommitmentAsync(Partnership.Kcc);
        await p.OpenRoundAsync();
        using var lead = await p.SignedInAsync("kcc");
        var url = $"/{p.Slug}/updates/{commitment}/{p.Organisation(Partnership.Kcc)}";

        using var response = await lead.SubmitAsync(url, "main form", ("Input.Action", action), ("Input.Status", status), ("Input.Progress", "Hubs open in 12 districts"));

        var page = await RefusedAsync(response);
        Assert.Equal("Select a status from the list", SummaryLink(page, "status"));
        Assert.Equal("Hubs open in 12 districts", page.QuerySelector("textarea#progress")?.TextContent.Trim());
        await using var db = portal.CreateContext(p.Tenant);
        Assert.False(await db.Set<CommitmentUpdate>().AnyAsync(u => u.CommitmentId == commitment));
    }

    [Fact]
    public async Task A_review_with_a_version_that_is_not_a_number_or_a_status_the_list_does_not_offer_decides_nothing()
    {
        using var partnership = await ReportingPartnership.CreateAsync(portal);
        var today = portal.Today();
        var round = await portal.OpenRoundAsync(partnership.Tenant, partnership.Reviewer.Acting("Test Clerk"), "Winter round", today.AddDays(-5), today.AddDays(25));
        var kent = await portal.SubmitUpdateAsync(partnership.Tenant, partnership.KentLead, partnership.SharedCommitment, ReportingPartnership.Kent, round.Id, CommitmentStatus.OnTrack);
        var medway = await portal.SubmitUpdateAsync(partnership.Tenant, partnership.MedwayLead, partnership.SharedCommitment, ReportingPartnership.Medway, round.Id, CommitmentStatus.OnTrack);
        await portal.ApproveUpdateAsync(partnership.Tenant, partnership.Reviewer.Acting("Test Clerk"), kent.Id);
        var medwayUrl = Links.Reviews.Update(partnership.Slug, medway.Id);
        var kentUrl = Links.Reviews.Update(partnership.Slug, kent.Id);

        using var approve = await partnership.Client.SubmitAsync(medwayUrl, "form:has(input[name='Approve.Version'])", ("Approve.Version", "abc"));
        using var overall = await partnership.Client.SubmitAsync(kentUrl, "form:has(input[name='Overall.Status'])", ("Overall.Status", "999"));

        Assert.Contains("changed after you opened it", (await RefusedAsync(approve)).QuerySelector(".nhsuk-error-summary__list")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Select the commitment's overall status from the list", SummaryLink(await RefusedAsync(overall), "overall-status"));
        await using var db = portal.CreateContext(partnership.Tenant);
        Assert.Equal(UpdateState.Submitted, (await db.Set<CommitmentUpdate>().AsNoTracking().SingleAsync(u => u.Id == medway.Id)).State);
        Assert.False(await db.Set<CommitmentStatusDecision>().AnyAsync(d => d.CommitmentId == partnership.SharedCommitment));
    }

    [Fact]
    public async Task A_lock_exception_for_an_organisation_id_that_is_not_one_is_refused()
    {
        using var partnership = await ReportingPartnership.CreateAsync(portal);
        var today = portal.Today();
        var round = await portal.OpenRoundAsync(partnership.Tenant, partnership.Reviewer.Acting("Test Clerk"), "Summer round", today.AddDays(-40), today.AddDays(-10));
        var until = today.AddDays(7);

        using var response = await partnership.Client.SubmitAsync(Links.Rounds.Round(partnership.Slug, round.Id), "form:has(select[name='Exception.OrganisationId'])",
            ("Exception.OrganisationId", "abc"), ("Exception.Until.Day", until.Day.ToString(Formats.Culture)), ("Exception.Until.Month", until.Month.ToString(Formats.Culture)),
            ("Exception.Until.Year", until.Year.ToString(Formats.Culture)), ("Exception.Reason", "Board meeting moved"));

        Assert.NotNull(SummaryLink(await RefusedAsync(response), "organisation"));
        await using var db = portal.CreateContext(partnership.Tenant);
        Assert.False(await db.Set<RoundLockException>().AnyAsync(e => e.RoundId == round.Id));
    }

    [Fact]
    public async Task The_services_refuse_an_enum_value_that_is_not_defined_before_saving_anything()
    {
        var tenant = await portal.CreateTenantAsync("enum-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council");
        var member = await portal.CreateUserAsync(tenant, [TenantRole.Member]);
        await using var scope = portal.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentTenant>().Set(tenant.Id, tenant.Slug);
        var organisations = scope.ServiceProvider.GetRequiredService<OrganisationAdministration>();
        var memberships = scope.ServiceProvider.GetRequiredService<MembershipService>();

        var added = await organisations.AddAsync("Kent Fire and Rescue", null, (OrganisationKind)999);
        var renamed = await organisations.RenameAsync(tenant.Organisations["Kent County Council"], 0, "Kent County Council", null, (OrganisationKind)999);
        var roles = await memberships.ChangeRolesAsync(member.MembershipId!.Value, 0, [(TenantRole)99], []);

        Assert.Equal(["kind"], added.Errors.Select(e => e.Field));
        Assert.Equal(["kind"], renamed.Errors.Select(e => e.Field));
        Assert.Equal(["roles"], roles.Errors.Select(e => e.Field));
        await using var db = portal.CreateContext(tenant);
        Assert.Equal([default(OrganisationKind)], await db.Set<Organisation>().Select(o => o.Kind).ToListAsync());
        Assert.Equal([TenantRole.Member], await db.Set<TenantMembershipRole>().Where(r => r.MembershipId == member.MembershipId).Select(r => r.Role).ToListAsync());
    }

    /// <summary>
    /// The rule behind these tests, for forms to come: every value a page binds from a form is text (or a list of
    /// texts, or an object made only of them) that the page reads with <c>RequestValues</c> and can refuse with a message.
    /// </summary>
    [Fact]
    public void Every_form_value_a_component_binds_is_text()
    {
        var typed = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(ComponentBase).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(p => p.GetCustomAttribute<SupplyParameterFromFormAttribute>() is not null)
                .SelectMany(p => TypedValues(p.PropertyType, $"{t.Name}.{p.Name}")))
            .ToList();

        Assert.True(typed.Count == 0, "Form values bound as a type other than text (bind a string and read it with RequestValues): " + string.Join(", ", typed));
    }

    private static IEnumerable<string> TypedValues(Type model, string path)
    {
        if (model == typeof(string) || model == typeof(List<string>))
        {
            return [];
        }

        if (model.IsValueType || model.IsArray || model.IsGenericType)
        {
            return [$"{path} ({model.Name})"];
        }

        // The form binder sets public properties only.
        return model.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.SetMethod?.IsPublic == true)
            .SelectMany(p => TypedValues(p.PropertyType, $"{path}.{p.Name}"));
    }
}
