using System.Net;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>Invitation-only onboarding through HTTP: invite, email, set a password, expiry, single use.</summary>
public class InvitationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string NewEmail() => $"invitee-{Guid.NewGuid():N}@example.org";

    private async Task<(TestTenant Tenant, PortalClient Admin)> SignedInAdminAsync()
    {
        var tenant = await factory.CreateTenantAsync("inv-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council", "Medway Council");
        var admin = await factory.CreateUserAsync(tenant, [TenantRole.TenantAdmin]);
        var client = new PortalClient(factory);
        await client.SignInAsync(admin);
        return (tenant, client);
    }

    private static async Task<HttpResponseMessage> InviteAsync(PortalClient admin, TestTenant tenant, string email, params (string Name, string Value)[] choices) =>
        await admin.SubmitAsync($"/{tenant.Slug}/admin/members/invite", "form[method=post]:not(.nhsuk-header__account-form)",
            [("Input.Email", email), ("Input.DisplayName", "Alex Example"), .. choices]);

    [Fact]
    public async Task Invited_lead_partner_gets_an_email_sets_a_password_and_is_asked_to_set_up_two_factor()
    {
        var (tenant, admin) = await SignedInAdminAsync();
        using var _ = admin;
        var email = NewEmail();

        using var invited = await InviteAsync(admin, tenant, email, ("Input.Roles", "lead-partner"), ("Input.Organisations", tenant.Organisations["Kent County Council"].ToString()));

        Assert.Equal($"/{tenant.Slug}/admin/members?done=invited", PortalClient.RedirectOf(invited));
        var members = await admin.GetPageAsync($"/{tenant.Slug}/admin/members?done=invited");
        var row = members.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("Lead partner", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kent County Council", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Invited", row.QuerySelector(".nhsuk-tag")?.TextContent.Trim());

        var link = factory.Mail.LatestLink(email);
        using var invitee = new PortalClient(factory);
        var password = "correct horse battery staple";
        using var accepted = await invitee.SubmitAsync(link, "main form", ("Input.Password", password), ("Input.Confirm", password));
        Assert.Equal("/account/sign-in?done=invitation-accepted", PortalClient.RedirectOf(accepted));

        using var signIn = await invitee.SubmitAsync("/account/sign-in", "main form", ("Input.Email", email), ("Input.Password", password));
        Assert.StartsWith("/account/two-factor", PortalClient.RedirectOf(signIn), StringComparison.Ordinal);
        var audit = await factory.ReadAuditAsync();
        Assert.Contains(audit, a => a.Action == AuditActions.Invited && a.TenantId == tenant.Id);
        Assert.Contains(audit, a => a.Action == AuditActions.InvitationAccepted && a.UserName == email);
    }

    [Fact]
    public async Task Invitation_link_stops_working_after_seven_days()
    {
        var (tenant, admin) = await SignedInAdminAsync();
        using var _ = admin;
        var email = NewEmail();
        using var invited = await InviteAsync(admin, tenant, email, ("Input.Roles", "member"));
        var link = factory.Mail.LatestLink(email);

        factory.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        try
        {
            using var invitee = new PortalClient(factory);
            var page = await invitee.GetPageAsync(link);
            Assert.Equal("This invitation has expired", page.QuerySelector("h1")?.TextContent.Trim());
            Assert.Null(page.QuerySelector("input[name='Input.Password']"));
        }
        finally
        {
            factory.Clock.Advance(-(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1)));
        }
    }

    [Fact]
    public async Task Invitation_link_works_only_once()
    {
        var (tenant, admin) = await SignedInAdminAsync();
        using var _ = admin;
        var email = NewEmail();
        using var invited = await InviteAsync(admin, tenant, email, ("Input.Roles", "member"));
        var link = factory.Mail.LatestLink(email);
        using var invitee = new PortalClient(factory);
        var form = await invitee.GetPageAsync(link);
        using var first = await invitee.SubmitAsync(form, link, "main form", [new("Input.Password", "first password here"), new("Input.Confirm", "first password here")]);

        using var second = await invitee.SubmitAsync(form, link, "main form", [new("Input.Password", "second password here"), new("Input.Confirm", "second password here")]);

        // The used link no longer renders a form, so a replayed post is refused and the first password stands.
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        using var withSecond = await invitee.SubmitAsync("/account/sign-in", "main form", ("Input.Email", email), ("Input.Password", "second password here"));
        Assert.Null(PortalClient.RedirectOf(withSecond));
        using var withFirst = await invitee.SubmitAsync("/account/sign-in", "main form", ("Input.Email", email), ("Input.Password", "first password here"));
        Assert.NotNull(PortalClient.RedirectOf(withFirst));
        var page = await invitee.GetPageAsync(link);
        Assert.Equal("This invitation has already been used", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Inviting_without_a_role_or_with_a_bad_address_shows_the_errors_at_the_top_and_by_each_field()
    {
        var (tenant, admin) = await SignedInAdminAsync();
        using var _ = admin;

        using var response = await InviteAsync(admin, tenant, "not-an-address");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var summary = page.ErrorSummary().Select(e => ("#" + e.Field, e.Message)).ToList();
        Assert.Contains(("#email", "Enter an email address in the correct format, like name@example.com"), summary);
        Assert.Contains(("#roles", "Select at least one role"), summary);
        Assert.Contains("Enter an email address in the correct format", page.QuerySelector("#email-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("not-an-address", page.QuerySelector("#email")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_lead_partner_needs_at_least_one_organisation()
    {
        var (tenant, admin) = await SignedInAdminAsync();
        using var _ = admin;

        using var response = await InviteAsync(admin, tenant, NewEmail(), ("Input.Roles", "lead-partner"));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Select the organisations this lead partner acts for", page.QuerySelector("#organisations-error")?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim());
    }

    [Fact]
    public async Task Inviting_someone_who_already_has_an_account_gives_no_access_until_they_accept_with_their_password()
    {
        var (tenant, admin) = await SignedInAdminAsync();
        using var _ = admin;
        var elsewhere = await factory.CreateTenantAsync("inv-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council");
        var existing = await factory.CreateUserAsync(elsewhere, [TenantRole.Member]);
        using var person = new PortalClient(factory);
        await person.SignInAsync(existing);

        using var invited = await InviteAsync(admin, tenant, existing.Email, ("Input.Roles", "member"));
        using var beforeAccepting = await person.GetAsync($"/{tenant.Slug}");
        var members = await admin.GetPageAsync($"/{tenant.Slug}/admin/members");
        var row = members.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(existing.Email, StringComparison.Ordinal));

        var link = factory.Mail.LatestLink(existing.Email);
        var acceptPage = await person.GetPageAsync(link);
        using var wrongPassword = await person.SubmitAsync(acceptPage, link, "main form", [new("Input.Password", "not my password")]);
        using var stillOutside = await person.GetAsync($"/{tenant.Slug}");
        using var accepted = await person.SubmitAsync(link, "main form", ("Input.Password", existing.Password));
        using var afterAccepting = await person.GetAsync($"/{tenant.Slug}");

        Assert.Equal($"/{tenant.Slug}/admin/members?done=invited", PortalClient.RedirectOf(invited));
        Assert.Equal(HttpStatusCode.NotFound, beforeAccepting.StatusCode);
        Assert.Equal("Invited", row.QuerySelector(".nhsuk-tag")?.TextContent.Trim());
        // The account's own name, chosen elsewhere, is not shown to this partnership before they join.
        Assert.DoesNotContain("Test Member", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Accept your invitation", acceptPage.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Enter the password you sign in with", (await PortalClient.ParseAsync(wrongPassword)).QuerySelector(".nhsuk-error-summary__list a")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, stillOutside.StatusCode);
        Assert.Equal("/account/sign-in?done=invitation-accepted", PortalClient.RedirectOf(accepted));
        Assert.Equal(HttpStatusCode.OK, afterAccepting.StatusCode);
    }

    [Fact]
    public async Task A_partnerships_audit_log_shows_nothing_of_a_person_from_before_they_joined_or_from_other_partnerships()
    {
        var (tenant, admin) = await SignedInAdminAsync();
        using var _ = admin;
        var elsewhere = await factory.CreateTenantAsync("inv-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council");
        var existing = await factory.CreateUserAsync(elsewhere, [TenantRole.TenantAdmin]);
        using var person = new PortalClient(factory);
        await person.SignInAsync(existing);
        using var elsewhereChange = await person.SubmitAsync($"/{elsewhere.Slug}/admin/organisations/{elsewhere.Organisations["Kent County Council"]}",
            "form:has(input[name='Rename.Name'])", ("Rename.Name", "Kent County Council (renamed elsewhere)"), ("Rename.Kind", "UpperTierCouncil"));

        using var invited = await InviteAsync(admin, tenant, existing.Email, ("Input.Roles", "member"));
        var auditWhileInvited = await admin.GetPageAsync($"/{tenant.Slug}/admin/audit?user={Uri.EscapeDataString(existing.Email)}");
        using var accepted = await person.SubmitAsync(factory.Mail.LatestLink(existing.Email), "main form", ("Input.Password", existing.Password));
        using var again = new PortalClient(factory);
        await again.SignInAsync(existing);
        var auditAfterJoining = await admin.GetPageAsync($"/{tenant.Slug}/admin/audit?user={Uri.EscapeDataString(existing.Email)}");

        Assert.Equal(HttpStatusCode.Found, elsewhereChange.StatusCode);
        Assert.DoesNotContain(auditWhileInvited.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("signed-in", StringComparison.Ordinal));
        var rows = auditAfterJoining.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Single(rows, r => r.Contains("signed-in", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("renamed elsewhere", StringComparison.Ordinal));
    }
}
