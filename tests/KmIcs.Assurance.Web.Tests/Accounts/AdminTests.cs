using System.Net;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>What a tenant admin does: members, roles, organisations, the audit log and the two-factor setting.</summary>
public class AdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Form = "main form";

    private async Task<(TestTenant Tenant, PortalClient Admin, TestUser AdminUser)> AdminAsync()
    {
        var tenant = await factory.CreateTenantAsync("adm-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council", "KCC Adult Social Care", "Medway Council");
        var admin = await factory.CreateUserAsync(tenant, [TenantRole.TenantAdmin]);
        var client = new PortalClient(factory);
        await client.SignInAsync(admin);
        return (tenant, client, admin);
    }

    [Fact]
    public async Task A_deactivated_member_loses_access_on_their_next_request()
    {
        var (tenant, admin, _) = await AdminAsync();
        using var _ = admin;
        var member = await factory.CreateUserAsync(tenant, [TenantRole.Member]);
        using var memberClient = new PortalClient(factory);
        await memberClient.SignInAsync(member);
        using var before = await memberClient.GetAsync($"/{tenant.Slug}");

        using var deactivated = await admin.SubmitAsync($"/{tenant.Slug}/admin/members/{member.MembershipId}", "form:has(input[name='Activation.Active'])");
        using var after = await memberClient.GetAsync($"/{tenant.Slug}");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal($"/{tenant.Slug}/admin/members?done=saved", PortalClient.RedirectOf(deactivated));
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        var members = await admin.GetPageAsync($"/{tenant.Slug}/admin/members");
        Assert.Equal("Deactivated", members.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(member.Email, StringComparison.Ordinal)).QuerySelector(".nhsuk-tag")?.TextContent.Trim());
        Assert.Contains(await factory.ReadAuditAsync(), a => a.Action == AuditActions.MembershipDeactivated && a.TenantId == tenant.Id);
    }

    [Fact]
    public async Task A_role_change_takes_effect_on_the_members_next_request_and_is_audited()
    {
        var (tenant, admin, _) = await AdminAsync();
        using var _ = admin;
        var colleague = await factory.CreateUserAsync(tenant, [TenantRole.TenantAdmin]);
        using var colleagueClient = new PortalClient(factory);
        await colleagueClient.SignInAsync(colleague);
        using var before = await colleagueClient.GetAsync($"/{tenant.Slug}/admin/members");

        using var changed = await admin.SubmitAsync($"/{tenant.Slug}/admin/members/{colleague.MembershipId}", "form:has(input[name='Input.Roles'])", ("Input.Roles", "analyst"));
        using var after = await colleagueClient.GetAsync($"/{tenant.Slug}/admin/members");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal($"/{tenant.Slug}/admin/members?done=saved", PortalClient.RedirectOf(changed));
        Assert.Equal(HttpStatusCode.Forbidden, after.StatusCode);
        var audit = await factory.ReadAuditAsync();
        Assert.Contains(audit, a => a.Action == AuditActions.RolesChanged && a.Summary!.Contains("from tenant-admin to analyst", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == AuditActions.Created && a.EntityType == nameof(TenantMembershipRole) && a.After!.Contains("Analyst", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.Action == AuditActions.Deleted && a.EntityType == nameof(TenantMembershipRole) && a.Before!.Contains("TenantAdmin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_tenant_admin_cannot_remove_their_own_admin_role()
    {
        var (tenant, admin, adminUser) = await AdminAsync();
        using var _ = admin;

        using var response = await admin.SubmitAsync($"/{tenant.Slug}/admin/members/{adminUser.MembershipId}", "form:has(input[name='Input.Roles'])", ("Input.Roles", "member"));

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("You cannot remove your own tenant admin role", page.QuerySelector("#roles-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_an_organisation_from_a_stale_form_shows_a_conflict_and_keeps_the_other_change()
    {
        var (tenant, admin, _) = await AdminAsync();
        using var _ = admin;
        var url = $"/{tenant.Slug}/admin/organisations/{tenant.Organisations["Medway Council"]}";
        var first = await admin.GetPageAsync(url);
        var second = await admin.GetPageAsync(url);

        using var saved = await admin.SubmitAsync(first, url, "form:has(input[name='Rename.Name'])", [new("Rename.Name", "Medway Council (unitary)"), new("Rename.Kind", "UpperTierCouncil")]);
        using var stale = await admin.SubmitAsync(second, url, "form:has(input[name='Rename.Name'])", [new("Rename.Name", "Medway Borough"), new("Rename.Kind", "UpperTierCouncil")]);

        Assert.Equal(url + "?done=saved", PortalClient.RedirectOf(saved));
        var page = await PortalClient.ParseAsync(stale);
        Assert.Contains("Someone else changed this organisation", page.QuerySelector(".nhsuk-error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Medway Council (unitary)", page.QuerySelector("#name")?.GetAttribute("value"));
        await using var db = factory.CreateContext(tenant);
        Assert.Equal("Medway Council (unitary)", (await db.Set<Organisation>().SingleAsync(o => o.Id == tenant.Organisations["Medway Council"])).Name);
    }

    [Fact]
    public async Task Merging_a_duplicate_moves_what_it_leads_and_keeps_its_names_as_aliases()
    {
        var (tenant, admin, _) = await AdminAsync();
        using var _ = admin;
        var duplicate = tenant.Organisations["KCC Adult Social Care"];
        var keep = tenant.Organisations["Kent County Council"];
        var commitment = await factory.CreateCommitmentAsync(tenant, "KCC Adult Social Care");
        var both = await factory.CreateCommitmentAsync(tenant, "KCC Adult Social Care", "Kent County Council");
        var url = $"/{tenant.Slug}/admin/organisations/{duplicate}";

        using var merged = await admin.SubmitAsync(url, "form:has(select[name='Merge.KeepId'])", ("Merge.KeepId", keep.ToString()));

        Assert.Equal($"/{tenant.Slug}/admin/organisations?done=merged", PortalClient.RedirectOf(merged));
        await using var db = factory.CreateContext(tenant);
        Assert.Null(await db.Set<Organisation>().FindAsync(duplicate));
        var leads = await db.Set<CommitmentLeadBody>().Where(l => l.CommitmentId == commitment || l.CommitmentId == both).ToListAsync();
        Assert.All(leads, l => Assert.Equal(keep, l.OrganisationId));
        Assert.Equal(2, leads.Count);
        var kept = await db.Set<Organisation>().Include(o => o.Aliases).SingleAsync(o => o.Id == keep);
        Assert.True(kept.IsKnownAs("KCC Adult Social Care"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task The_audit_log_filters_by_query_string_and_shows_before_and_after()
    {
        var (tenant, admin, _) = await AdminAsync();
        using var _ = admin;
        var url = $"/{tenant.Slug}/admin/organisations/{tenant.Organisations["Medway Council"]}";
        using var renamed = await admin.SubmitAsync(url, "form:has(input[name='Rename.Name'])", ("Rename.Name", "Medway Unitary Council"), ("Rename.Kind", "UpperTierCouncil"));

        var updates = await admin.GetPageAsync($"/{tenant.Slug}/admin/audit?action=updated&entity=Organisation");
        var signIns = await admin.GetPageAsync($"/{tenant.Slug}/admin/audit?action=signed-in");

        var row = Assert.Single(updates.QuerySelectorAll("tbody tr"));
        Assert.Contains("Name: Medway Council → Medway Unitary Council", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("updated", updates.QuerySelector("#action option[selected]")?.GetAttribute("value"));
        Assert.NotEmpty(signIns.QuerySelectorAll("tbody tr"));
        Assert.All(signIns.QuerySelectorAll("tbody tr"), r => Assert.Contains("signed-in", r.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_audit_log_pages_back_and_forth_keeping_its_filters()
    {
        // The seeded partnership's import wrote thousands of entries, so "created" fills many pages.
        var kentAndMedway = await factory.SeededTenantAsync("kent-medway");
        using var admin = new PortalClient(factory);
        await admin.SignInAsync(await factory.CreateUserAsync(kentAndMedway, [TenantRole.TenantAdmin]));

        var second = await admin.GetPageAsync("/kent-medway/admin/audit?action=created&page=2");

        Assert.Matches("^[0-9,]+ entries, page 2 of [0-9,]+$", second.QuerySelector("main table caption")?.TextContent.Trim());
        Assert.Equal(50, second.QuerySelectorAll("main table tbody tr").Length);
        var pagination = second.QuerySelector("nav.nhsuk-pagination")!;
        Assert.Equal("/kent-medway/admin/audit?action=created&page=1", pagination.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/kent-medway/admin/audit?action=created&page=3", pagination.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Equal(["Newer entries", "Older entries"], pagination.QuerySelectorAll(".nhsuk-pagination__page").Select(p => p.TextContent.Trim()));

        var first = await admin.GetPageAsync("/kent-medway/admin/audit?action=created");
        Assert.Null(first.QuerySelector("nav.nhsuk-pagination a[rel=prev]"));
        Assert.NotNull(first.QuerySelector("nav.nhsuk-pagination a[rel=next]"));
    }

    [Fact]
    public async Task Relaxing_two_factor_for_members_is_audited_and_lets_only_member_only_accounts_skip_it()
    {
        var (tenant, admin, _) = await AdminAsync();
        using var _ = admin;
        var viewer = await factory.CreateUserAsync(tenant, [TenantRole.Member], twoFactor: false);
        var lead = await factory.CreateUserAsync(tenant, [TenantRole.LeadPartner], ["Kent County Council"], twoFactor: false);

        using var saved = await admin.SubmitAsync($"/{tenant.Slug}/admin/settings", Form, ("Input.MembersMaySkipTwoFactor", "true"));
        using var viewerClient = new PortalClient(factory);
        using var leadClient = new PortalClient(factory);

        Assert.Equal($"/{tenant.Slug}/admin/settings?done=saved", PortalClient.RedirectOf(saved));
        Assert.Equal($"/{tenant.Slug}", await viewerClient.SignInAsync(viewer));
        Assert.StartsWith("/account/two-factor", await leadClient.SignInAsync(lead), StringComparison.Ordinal);
        Assert.Contains(await factory.ReadAuditAsync(), a => a.Action == AuditActions.TwoFactorPolicyChanged && a.TenantId == tenant.Id);
    }
}
