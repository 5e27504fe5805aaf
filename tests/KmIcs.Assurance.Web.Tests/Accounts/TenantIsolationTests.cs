using System.Net;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Web;
using KmIcs.Assurance.Web.Authorization;
using KmIcs.Assurance.Web.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>A user of tenant B gets 404 for every tenant-A page and post, by slug or by id, and changes nothing.</summary>
public class TenantIsolationTests(AccountsFixture portal) : IClassFixture<AccountsFixture>
{
    private PortalClient Intruder => portal.Client(AccountsFixture.OtherTenantAdmin);

    [Fact]
    public async Task Every_tenant_page_of_another_partnership_is_not_found_by_slug_for_get_and_post()
    {
        await portal.SetUpAsync();
        var token = await AntiforgeryTokenAsync();
        var routes = PortalEndpoint.All(portal.Services).Where(e => e.IsTenantRoute).ToList();
        Assert.NotEmpty(routes);

        foreach (var route in routes)
        {
            var url = route.Url(ValuesOf(portal.A));
            using var get = await Intruder.GetAsync(url);
            Assert.True(get.StatusCode == HttpStatusCode.NotFound, $"GET {url} answered {(int)get.StatusCode}");
            // GET-only routes (the CSV downloads) answer 405 to a POST for every slug alike, so it reveals nothing.
            if (route.Methods.Contains("POST"))
            {
                using var post = await PostAsync(url, token, "anything");
                Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"POST {url} answered {(int)post.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task Another_partnerships_objects_are_not_found_by_id_under_your_own_slug_for_get_and_post()
    {
        await portal.SetUpAsync();
        var token = await AntiforgeryTokenAsync();
        // Outcome numbers and indicator references are each partnership's own printed labels, so under your own slug
        // they name your own objects; the slug test above covers those routes. Ids are global and must never leak.
        var byId = PortalEndpoint.All(portal.Services)
            .Where(e => e.IsTenantRoute && e.Template.Count(c => c == '{') > 1)
            .Where(e => !e.Template.Contains("{number}", StringComparison.Ordinal) && !e.Template.Contains("{reference}", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(byId, e => e.Template.Contains("{MembershipId", StringComparison.Ordinal));
        Assert.Contains(byId, e => e.Template.Contains("{OrganisationId", StringComparison.Ordinal));
        Assert.Contains(byId, e => e.Template.Contains("{RoundId", StringComparison.Ordinal));
        Assert.Contains(byId, e => e.Template.Contains("{UpdateId", StringComparison.Ordinal));
        Assert.Contains(byId, e => e.Template.Contains("{MeetingId", StringComparison.Ordinal));
        Assert.Contains(byId, e => e.Template.Contains("{CommitteeId", StringComparison.Ordinal));
        Assert.Contains(byId, e => e.Template.Contains("{PackId", StringComparison.Ordinal));
        var values = ValuesOf(portal.A);
        values["tenant"] = portal.B.Slug;

        foreach (var route in byId)
        {
            var url = route.Url(values);
            using var get = await Intruder.GetAsync(url);
            // The intruder is B's tenant admin: a route for other roles refuses them (403) before any object is looked
            // up, so that answer cannot tell them whether A's object exists.
            var refusedByRole = route.Policy is { } policy && !Policies.TenantPolicies[policy].Contains(TenantRole.TenantAdmin);
            var expected = refusedByRole ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound;
            Assert.True(get.StatusCode == expected, $"GET {url} answered {(int)get.StatusCode}, expected {(int)expected}");
            // A download answers GET only (405 to a POST, whoever asks), so only routes that take forms are posted to.
            if (refusedByRole || !route.Methods.Contains("POST"))
            {
                continue;
            }

            foreach (var form in new[] { "change-roles", "set-active", "rename-organisation", "merge-organisation", "grant-exception", "approve-update", "return-update", "set-overall-status", "edit-meeting", "delete-meeting", "edit-committee", "pack-action" })
            {
                using var post = await PostAsync(url, token, form);
                Assert.True(post.StatusCode is HttpStatusCode.NotFound, $"POST {form} to {url} answered {(int)post.StatusCode}");
            }
        }

        await using var db = portal.CreateContext();
        var member = await portal.CreateContext(portal.A).TenantMemberships.FindAsync(portal.Users["member"].MembershipId);
        Assert.True(member!.IsActive);
        Assert.Equal(Domain.ProgressReporting.UpdateState.Submitted, (await portal.FindUpdateAsync(portal.A, portal.UpdateA))!.State);
        Assert.DoesNotContain((await portal.FindUpdateAsync(portal.A, portal.UpdateA))!.Events, e => e.Kind != Domain.ProgressReporting.UpdateEventKind.Submitted);
        var round = await portal.CreateContext(portal.A).Set<Domain.ProgressReporting.ReportingRound>().Include(r => r.LockExceptions).SingleAsync(r => r.Id == portal.RoundA);
        Assert.Empty(round.LockExceptions);
        var meeting = await portal.CreateContext(portal.A).Set<Domain.Packs.Meeting>().Include(m => m.Committee).SingleAsync(m => m.Id == portal.MeetingA);
        Assert.Equal(("Board meeting of A", 0, "Health and Wellbeing Board", 0), (meeting.Title, meeting.Version, meeting.Committee!.Name, meeting.Committee.Version));
        Assert.Single(await portal.CreateContext(portal.A).Set<Domain.Packs.AssurancePack>().ToListAsync());
    }

    [Fact]
    public async Task A_lead_partner_may_update_only_the_commitments_their_organisation_leads()
    {
        await portal.SetUpAsync();
        var leadPartner = Snapshot(portal.A, portal.Users["lead-partner"], [TenantRole.LeadPartner], [portal.A.Organisations["Kent County Council"]]);
        var analyst = Snapshot(portal.A, portal.Users["analyst"], [TenantRole.Analyst], [portal.A.Organisations["Kent County Council"]]);

        Assert.True(await CanUpdateAsync(leadPartner, portal.KccCommitment));
        Assert.False(await CanUpdateAsync(leadPartner, portal.MedwayCommitment));
        Assert.False(await CanUpdateAsync(leadPartner, portal.OtherTenantCommitment));
        Assert.False(await CanUpdateAsync(analyst, portal.KccCommitment));
        Assert.False(await CanUpdateAsync(null, portal.KccCommitment));
    }

    private async Task<bool> CanUpdateAsync(MembershipSnapshot? membership, Guid commitmentId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        if (membership is not null)
        {
            scope.ServiceProvider.GetRequiredService<Data.Tenancy.CurrentTenant>().Set(membership.TenantId, membership.TenantSlug);
            scope.ServiceProvider.GetRequiredService<CurrentMembership>().Set(membership);
        }

        var user = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity("test"));
        var result = await scope.ServiceProvider.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, null, new CanUpdateCommitment(commitmentId));
        return result.Succeeded;
    }

    private static MembershipSnapshot Snapshot(TestTenant tenant, TestUser user, TenantRole[] roles, Guid[] organisations) =>
        new(user.MembershipId!.Value, tenant.Id, tenant.Slug, tenant.Name, user.Id, roles.ToHashSet(), organisations.ToHashSet());

    private Dictionary<string, string> ValuesOf(TestTenant tenant) => new()
    {
        ["tenant"] = tenant.Slug,
        ["MembershipId"] = portal.Users["member"].MembershipId!.Value.ToString(),
        ["OrganisationId"] = tenant.Organisations["Kent County Council"].ToString(),
        ["number"] = "1",
        ["reference"] = "1.1",
        ["id"] = (tenant == portal.A ? portal.KccCommitment : portal.OtherTenantCommitment).ToString(),
        ["CommitmentId"] = (tenant == portal.A ? portal.KccCommitment : portal.OtherTenantCommitment).ToString(),
        ["RoundId"] = (tenant == portal.A ? portal.RoundA : portal.RoundB).ToString(),
        ["UpdateId"] = (tenant == portal.A ? portal.UpdateA : portal.UpdateB).ToString(),
        ["IndicatorId"] = (tenant == portal.A ? portal.IndicatorA : portal.IndicatorB).ToString(),
        ["ImportId"] = (tenant == portal.A ? portal.ImportA : portal.ImportB).ToString(),
        ["MeetingId"] = (tenant == portal.A ? portal.MeetingA : portal.MeetingB).ToString(),
        ["CommitteeId"] = (tenant == portal.A ? portal.CommitteeA : portal.CommitteeB).ToString(),
        ["PackId"] = (tenant == portal.A ? portal.PackA : portal.PackB).ToString(),
    };

    /// <summary>A valid antiforgery token of the intruder's own session, so a refusal is the tenancy check's, not antiforgery's.</summary>
    private async Task<string> AntiforgeryTokenAsync()
    {
        var page = await Intruder.GetPageAsync($"/{portal.B.Slug}/admin/members/invite");
        return page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private async Task<HttpResponseMessage> PostAsync(string url, string token, string form)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = form,
            ["Input.Roles"] = "tenant-admin",
            ["Activation.Active"] = "false",
            ["Rename.Name"] = "Taken over",
            ["Rename.Version"] = "0",
            ["Merge.KeepId"] = portal.B.Organisations["Medway Council"].ToString(),
            ["Approve.Version"] = "1",
            ["Action.Do"] = "regenerate",
            ["Return.Version"] = "1",
            ["Return.Comment"] = "Taken over",
            ["Overall.Status"] = "OffTrack",
            ["Overall.Reason"] = "Taken over",
            ["Exception.OrganisationId"] = portal.B.Organisations["Kent County Council"].ToString(),
            ["Exception.Reason"] = "Taken over",
            ["Input.Name"] = "Taken over",
            ["Input.Title"] = "Taken over",
            ["Input.Version"] = "0",
            ["Delete.Version"] = "0",
        });
        return await Intruder.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}
