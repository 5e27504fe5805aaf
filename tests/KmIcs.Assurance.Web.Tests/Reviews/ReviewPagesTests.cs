using System.Net;
using AngleSharp.Html.Dom;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Testing.Web;
using KmIcs.Assurance.Web.Tests.Rounds;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Web.Tests.Reviews;

/// <summary>
/// What a clerk or tenant admin does with lead bodies' updates: find them in the queue, approve or return them, set a
/// shared commitment's overall status; and what nobody else can do. Updates are written through the services as the
/// lead partners (their own pages are tested with them).
/// </summary>
public class ReviewPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string ApproveForm = "form:has(input[name='Approve.Version'])";
    private const string ReturnForm = "form:has(input[name='Return.Version'])";
    private const string OverallForm = "form:has(input[name='Overall.Status'])";

    private async Task<(ReportingPartnership Partnership, ReportingRound Round)> RoundAsync(TenantRole reviewer = TenantRole.Clerk)
    {
        var partnership = await ReportingPartnership.CreateAsync(portal, reviewer);
        var today = portal.Today();
        var round = await portal.OpenRoundAsync(partnership.Tenant, partnership.Reviewer.Acting("Test Clerk"), "Winter round", today.AddDays(-5), today.AddDays(25));
        return (partnership, round);
    }

    private static List<string> History(IHtmlDocument page) =>
        page.QuerySelectorAll("#history tbody tr").Select(r => string.Join("|", r.QuerySelectorAll("td").Skip(1).Select(c => c.TextContent.Trim()))).ToList();

    [Fact]
    public async Task A_reviewer_finds_a_submitted_update_in_the_queue_approves_it_and_the_commitment_takes_its_status()
    {
        var (partnership, round) = await RoundAsync();
        using var _ = partnership;
        var update = await portal.SubmitUpdateAsync(partnership.Tenant, partnership.KentLead, partnership.KentCommitment, ReportingPartnership.Kent, round.Id, CommitmentStatus.OnTrack);

        var queue = await partnership.Client.GetPageAsync(Links.Reviews.Index(partnership.Slug));
        var url = queue.QuerySelector($"tr[data-update='{update.Id}'] a")?.GetAttribute("href");
        Assert.Equal(Links.Reviews.Update(partnership.Slug, update.Id), url);
        Assert.Equal("Winter round", queue.Text("main h2"));
        var page = await partnership.Client.GetPageAsync(url!);
        using var approved = await partnership.Client.SubmitAsync(page, url!, ApproveForm, [new("Approve.Comment", "Clear and well evidenced")]);

        Assert.Equal("Update from Kent County Council", page.Text("h1"));
        Assert.Equal("Submitted for review", page.Text("#update .nhsuk-tag"));
        Assert.Contains("Kelly Kent", page.Text("#update"), StringComparison.Ordinal);
        Assert.Equal(url + "?done=approved", PortalClient.RedirectOf(approved));
        var after = await partnership.Client.GetPageAsync(url + "?done=approved");
        Assert.Equal("Update approved.", after.Text(".nhsuk-notification-banner--success .nhsuk-notification-banner__heading"));
        Assert.Null(after.QuerySelector(ApproveForm));
        Assert.Equal(["Submitted|Kelly Kent|On track|", "Approved|Test Clerk|On track|Clear and well evidenced"], History(after));
        Assert.Empty((await partnership.Client.GetPageAsync(Links.Reviews.Index(partnership.Slug))).QuerySelectorAll("tr[data-update]"));

        await using var db = portal.CreateContext(partnership.Tenant);
        var stored = await db.Set<CommitmentUpdate>().SingleAsync(u => u.Id == update.Id);
        Assert.Equal((UpdateState.Approved, "Kelly Kent", "Test Clerk"), (stored.State, stored.AuthorName, stored.ReviewedByName));
        Assert.Equal(CommitmentStatus.OnTrack, (await db.Set<CommitmentStatusDecision>().SingleAsync(d => d.CommitmentId == partnership.KentCommitment)).Status);
        var audit = (await portal.ReadAuditAsync()).Where(a => a.TenantId == partnership.Tenant.Id && a.UserId == partnership.Reviewer.Id).ToList();
        Assert.Contains(audit, a => a.EntityType == nameof(CommitmentUpdate) && a.Action == AuditActions.Updated && a.After!.Contains("Approved", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.EntityType == nameof(CommitmentUpdateEvent) && a.Action == AuditActions.Created && a.After!.Contains("Clear and well evidenced", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.EntityType == nameof(CommitmentStatusDecision) && a.Action == AuditActions.Created);
    }

    [Fact]
    public async Task A_reviewer_returns_an_update_with_a_comment_that_stays_in_its_history_after_resubmission()
    {
        var (partnership, round) = await RoundAsync();
        using var _ = partnership;
        var update = await portal.SubmitUpdateAsync(partnership.Tenant, partnership.KentLead, partnership.KentCommitment, ReportingPartnership.Kent, round.Id, CommitmentStatus.SomeRisk);
        var url = Links.Reviews.Update(partnership.Slug, update.Id);

        using var returned = await partnership.Client.SubmitAsync(url, ReturnForm, ("Return.Comment", "Say which hubs are late and why"));
        await portal.ResubmitAsync(partnership.Tenant, partnership.KentLead, update.Id);

        Assert.Equal(url + "?done=returned", PortalClient.RedirectOf(returned));
        var page = await partnership.Client.GetPageAsync(url);
        Assert.Equal(["Submitted|Kelly Kent|Some risk|", "Returned|Test Clerk|Some risk|Say which hubs are late and why", "Submitted|Kelly Kent|Some risk|"], History(page));
        Assert.NotNull(page.QuerySelector(ApproveForm));
        var audit = await portal.ReadAuditAsync();
        Assert.Contains(audit, a => a.TenantId == partnership.Tenant.Id && a.UserId == partnership.Reviewer.Id && a.EntityType == nameof(CommitmentUpdate)
            && a.Action == AuditActions.Updated && a.After!.Contains("Returned", StringComparison.Ordinal));
        Assert.Contains(audit, a => a.TenantId == partnership.Tenant.Id && a.EntityType == nameof(CommitmentUpdateEvent) && a.After!.Contains("Say which hubs are late and why", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Returning_without_a_comment_is_refused_with_the_error_summary_and_changes_nothing()
    {
        var (partnership, round) = await RoundAsync();
        using var _ = partnership;
        var update = await portal.SubmitUpdateAsync(partnership.Tenant, partnership.KentLead, partnership.KentCommitment, ReportingPartnership.Kent, round.Id, CommitmentStatus.OffTrack);
        var url = Links.Reviews.Update(partnership.Slug, update.Id);

        using var refused = await partnership.Client.SubmitAsync(url, ReturnForm, ("Return.Comment", "   "));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await PortalClient.ParseAsync(refused);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal("Enter a comment saying what the lead body needs to change", page.ErrorFor("return-comment"));
        Assert.Contains("Enter a comment", page.Text("#return-comment-error"), StringComparison.Ordinal);
        Assert.Equal(UpdateState.Submitted, (await portal.FindUpdateAsync(partnership.Tenant, update.Id))!.State);
        Assert.DoesNotContain(await portal.ReadAuditAsync(), a => a.TenantId == partnership.Tenant.Id && a.UserId == partnership.Reviewer.Id && a.EntityType == nameof(CommitmentUpdate));
    }

    [Fact]
    public async Task Approving_from_a_stale_page_gives_a_conflict_message_keeps_the_comment_and_lets_the_reviewer_decide_again()
    {
        var (partnership, round) = await RoundAsync();
        using var _ = partnership;
        var colleague = partnership.Reviewer.Acting("Colleague Clerk");
        var update = await portal.SubmitUpdateAsync(partnership.Tenant, partnership.KentLead, partnership.KentCommitment, ReportingPartnership.Kent, round.Id, CommitmentStatus.OnTrack);
        var url = Links.Reviews.Update(partnership.Slug, update.Id);
        var stale = await partnership.Client.GetPageAsync(url);
        await portal.ReturnUpdateAsync(partnership.Tenant, colleague, update.Id, "Add the March figures");
        var resubmitted = await portal.ResubmitAsync(partnership.Tenant, partnership.KentLead, update.Id);

        using var conflict = await partnership.Client.SubmitAsync(stale, url, ApproveForm, [new("Approve.Comment", "Good progress")]);

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await PortalClient.ParseAsync(conflict);
        Assert.Contains("This update changed after you opened it", page.Text(".nhsuk-error-summary"), StringComparison.Ordinal);
        Assert.Equal("Good progress", page.QuerySelector("#approve-comment")?.TextContent);
        Assert.Equal(resubmitted.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("input[name='Approve.Version']")?.GetAttribute("value"));
        Assert.Contains("Add the March figures", page.Text("#history"), StringComparison.Ordinal);
        Assert.Equal(UpdateState.Submitted, (await portal.FindUpdateAsync(partnership.Tenant, update.Id))!.State);

        using var again = await partnership.Client.SubmitAsync(page, url, ApproveForm, [new("Approve.Comment", "Good progress")]);

        Assert.Equal(url + "?done=approved", PortalClient.RedirectOf(again));
        Assert.Equal(UpdateState.Approved, (await portal.FindUpdateAsync(partnership.Tenant, update.Id))!.State);
    }

    [Fact]
    public async Task Returning_an_update_a_colleague_has_just_approved_says_so_and_shows_the_comment_that_was_not_sent()
    {
        var (partnership, round) = await RoundAsync();
        using var _ = partnership;
        var update = await portal.SubmitUpdateAsync(partnership.Tenant, partnership.KentLead, partnership.KentCommitment, ReportingPartnership.Kent, round.Id, CommitmentStatus.OnTrack);
        var url = Links.Reviews.Update(partnership.Slug, update.Id);
        var stale = await partnership.Client.GetPageAsync(url);
        await portal.ApproveUpdateAsync(partnership.Tenant, partnership.Reviewer.Acting("Colleague Clerk"), update.Id);

        using var refused = await partnership.Client.SubmitAsync(stale, url, ReturnForm, [new("Return.Comment", "Please add the figures")]);

        var page = await PortalClient.ParseAsync(refused);
        Assert.Contains("This update is approved", page.Text(".nhsuk-error-summary"), StringComparison.Ordinal);
        Assert.Contains("Please add the figures", page.Text("#unsent"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(ReturnForm));
        Assert.Equal(UpdateState.Approved, (await portal.FindUpdateAsync(partnership.Tenant, update.Id))!.State);
    }

    [Fact]
    public async Task Narratives_are_shown_as_typed_text_never_as_html_and_the_evidence_link_opens_safely()
    {
        var (partnership, round) = await RoundAsync();
        using var _ = partnership;
        var update = await portal.SubmitUpdateAsync(partnership.Tenant, partnership.KentLead, partnership.KentCommitment, ReportingPartnership.Kent, round.Id, CommitmentStatus.OnTrack,
            "<script>alert('x')</script><b>Hubs</b> opened\n<img src=x onerror=alert(1)>");

        var page = await partnership.Client.GetPageAsync(Links.Reviews.Update(partnership.Slug, update.Id));

        var summary = page.QuerySelector("#update")!;
        Assert.Empty(summary.QuerySelectorAll("script, b, img"));
        Assert.Contains("<script>alert('x')</script><b>Hubs</b> opened", summary.TextContent, StringComparison.Ordinal);
        var evidence = summary.QuerySelector("a[href^='https://example.org']")!;
        Assert.Equal("noopener noreferrer", evidence.GetAttribute("rel"));
        Assert.Equal("https://example.org/board-papers/2026-01", evidence.TextContent.Trim());
    }

    [Fact]
    public async Task A_tenant_admin_sets_a_shared_commitments_overall_status_and_must_give_a_reason_when_the_ratings_differ()
    {
        var (partnership, round) = await RoundAsync(TenantRole.TenantAdmin);
        using var _ = partnership;
        var admin = partnership.Reviewer.Acting("Test TenantAdmin");
        var kent = await portal.SubmitUpdateAsync(partnership.Tenant, partnership.KentLead, partnership.SharedCommitment, ReportingPartnership.Kent, round.Id, CommitmentStatus.OnTrack);
        var medway = await portal.SubmitUpdateAsync(partnership.Tenant, partnership.MedwayLead, partnership.SharedCommitment, ReportingPartnership.Medway, round.Id, CommitmentStatus.OffTrack);
        await portal.ApproveUpdateAsync(partnership.Tenant, admin, kent.Id);
        var url = Links.Reviews.Update(partnership.Slug, kent.Id);
        var oneApproved = await partnership.Client.GetPageAsync(url);
        await portal.ApproveUpdateAsync(partnership.Tenant, admin, medway.Id);

        using var withoutReason = await partnership.Client.SubmitAsync(url, OverallForm, ("Overall.Status", "SomeRisk"));
        using var set = await partnership.Client.SubmitAsync(url, OverallForm, ("Overall.Status", "SomeRisk"), ("Overall.Reason", "Medway's recruitment gap puts the whole plan at some risk"));

        Assert.Equal(["Kent County Council|Approved|On track", "Medway Council|Submitted for review|Not approved yet"],
            oneApproved.QuerySelectorAll("#lead-bodies tbody tr").Select(r => $"{r.Children[0].TextContent.Trim()}|{r.Children[1].QuerySelector(".nhsuk-tag")?.TextContent.Trim()}|{r.Children[2].TextContent.Trim()}"));
        Assert.Equal(Links.Reviews.Update(partnership.Slug, medway.Id), oneApproved.QuerySelector($"#lead-bodies tr[data-lead='{partnership.Tenant.Organisations[ReportingPartnership.Medway]}'] a")?.GetAttribute("href"));
        Assert.Equal("OnTrack", oneApproved.QuerySelector("input[name='Overall.Status'][checked]")?.GetAttribute("value"));
        var refused = await PortalClient.ParseAsync(withoutReason);
        Assert.Equal("Enter a reason: the lead bodies' ratings differ", refused.ErrorFor("overall-reason"));
        Assert.Equal("SomeRisk", refused.QuerySelector("input[name='Overall.Status'][checked]")?.GetAttribute("value"));
        Assert.Equal(url + "?done=status-set", PortalClient.RedirectOf(set));
        var page = await partnership.Client.GetPageAsync(url + "?done=status-set");
        Assert.Equal("Some risk", page.Text("#decision .nhsuk-tag"));
        Assert.Contains("Medway's recruitment gap", page.Text("#decision"), StringComparison.Ordinal);
        await using var db = portal.CreateContext(partnership.Tenant);
        var decision = await db.Set<CommitmentStatusDecision>().Include(d => d.Sources).SingleAsync(d => d.CommitmentId == partnership.SharedCommitment);
        Assert.Equal((CommitmentStatus.SomeRisk, 2), (decision.Status, decision.Sources.Count));
        Assert.Contains(await portal.ReadAuditAsync(), a => a.TenantId == partnership.Tenant.Id && a.UserId == partnership.Reviewer.Id && a.EntityType == nameof(CommitmentStatusDecision) && a.Action == AuditActions.Created);
    }

    [Fact]
    public async Task Members_and_lead_partners_are_refused_and_another_partnerships_admin_finds_nothing()
    {
        var (partnership, round) = await RoundAsync();
        using var _ = partnership;
        var update = await portal.SubmitUpdateAsync(partnership.Tenant, partnership.KentLead, partnership.KentCommitment, ReportingPartnership.Kent, round.Id, CommitmentStatus.OnTrack);
        var other = await portal.CreateTenantAsync("oth-" + Guid.NewGuid().ToString("N")[..8], ReportingPartnership.Kent);
        using var member = new PortalClient(portal);
        using var leadPartner = new PortalClient(portal);
        using var otherAdmin = new PortalClient(portal);
        await member.SignInAsync(await portal.CreateUserAsync(partnership.Tenant, [TenantRole.Member]));
        await leadPartner.SignInAsync(await portal.CreateUserAsync(partnership.Tenant, [TenantRole.LeadPartner], [ReportingPartnership.Kent]));
        await otherAdmin.SignInAsync(await portal.CreateUserAsync(other, [TenantRole.TenantAdmin]));
        string[] byId = [Links.Rounds.Round(partnership.Slug, round.Id), Links.Reviews.Update(partnership.Slug, update.Id)];
        string[] urls = [Links.Rounds.Index(partnership.Slug), Links.Reviews.Index(partnership.Slug), .. byId];

        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await member.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await leadPartner.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync(url)).StatusCode);
        }

        // Under their own partnership's address, the other admin may open these pages, but this partnership's ids find nothing.
        foreach (var url in byId)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync(url.Replace(partnership.Slug, other.Slug, StringComparison.Ordinal))).StatusCode);
        }
    }
}
