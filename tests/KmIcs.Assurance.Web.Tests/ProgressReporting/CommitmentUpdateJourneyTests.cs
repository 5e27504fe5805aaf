using System.Net;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Web.Tests.ProgressReporting;

/// <summary>A lead partner reports on a commitment; a clerk returns and approves it; the dashboards follow.</summary>
public class CommitmentUpdateJourneyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private static (string, string)[] Form(string action, string? status = "OnTrack", string? progress = "Hubs open in 12 districts") =>
    [
        ("Input.Action", action), ("Input.Status", status ?? ""), ("Input.Progress", progress ?? ""), ("Input.MilestonesProgress", ""),
        ("Input.RisksAndIssues", "Recruitment of family workers"), ("Input.NextSteps", "Open the last two hubs"), ("Input.EvidenceUrl", "https://www.kent.gov.uk/family-hubs"),
    ];

    private static string EditPath(Partnership p, Guid commitment, string organisation) => $"/{p.Slug}/updates/{commitment}/{p.Organisation(organisation)}";

    [Fact]
    public async Task Open_submit_return_resubmit_approve_changes_what_the_dashboard_shows_and_every_step_is_audited()
    {
        var p = await Partnership.CreateAsync(portal);
        var commitment = await p.CommitmentAsync(Partnership.Kcc);
        var round = await p.OpenRoundAsync();
        using var lead = await p.SignedInAsync("kcc");
        using var member = await p.SignedInAsync("member");

        var mine = await lead.GetPageAsync($"/{p.Slug}/updates");
        Assert.Contains("Start update", mine.Text($"tr[data-commitment='{commitment}']"), StringComparison.Ordinal);
        using (var submitted = await lead.SubmitAsync(EditPath(p, commitment, Partnership.Kcc), "main form", Form("submit")))
        {
            Assert.Equal($"/{p.Slug}/updates?done=submitted", PortalClient.RedirectOf(submitted));
        }

        var outcome = await member.GetPageAsync($"/{p.Slug}/outcomes/1");
        Assert.Equal("Not yet reported", outcome.Text($"tr[data-commitment='{commitment}'] [data-status]"));

        var update = (await p.UpdateAsync("kcc", commitment, Partnership.Kcc, round)).Update!;
        Assert.Equal(UpdateState.Submitted, update.State);
        var returned = await p.AsAsync("clerk", (s, actor) => s.GetRequiredService<CommitmentUpdateService>().ReturnAsync(update.Id, update.Version, "Say how many families used the hubs", actor));
        Assert.True(returned.Succeeded, string.Join("; ", returned.Errors));

        var edit = await lead.GetPageAsync(EditPath(p, commitment, Partnership.Kcc));
        Assert.Contains("Say how many families used the hubs", edit.Text(".nhsuk-inset-text"), StringComparison.Ordinal);
        using (var resubmitted = await lead.SubmitAsync(EditPath(p, commitment, Partnership.Kcc), "main form", Form("submit", "SomeRisk", "Hubs open in 12 districts; 4,100 families used them")))
        {
            Assert.Equal($"/{p.Slug}/updates?done=submitted", PortalClient.RedirectOf(resubmitted));
        }

        update = (await p.UpdateAsync("kcc", commitment, Partnership.Kcc, round)).Update!;
        var approved = await p.AsAsync("clerk", (s, actor) => s.GetRequiredService<CommitmentUpdateService>().ApproveAsync(update.Id, update.Version, null, actor));
        Assert.True(approved.Succeeded, string.Join("; ", approved.Errors));

        outcome = await member.GetPageAsync($"/{p.Slug}/outcomes/1");
        Assert.Equal("Some risk", outcome.Text($"tr[data-commitment='{commitment}'] [data-status]"));
        var overview = await member.GetPageAsync($"/{p.Slug}");
        Assert.Equal("1", overview.Text("[data-status='SomeRisk'] dd"));
        var page = await member.GetPageAsync($"/{p.Slug}/commitments/{commitment}");
        Assert.Contains("Some risk", page.Text("#status-history"), StringComparison.Ordinal);
        Assert.Contains("4,100 families used them", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Written by Test LeadPartner", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("approved by Test clerk", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var audit = (await portal.ReadAuditAsync()).Where(a => a.TenantId == p.Tenant.Id).Select(a => a.EntityType).ToList();
        Assert.Contains("ReportingRound", audit);
        Assert.Contains("CommitmentUpdate", audit);
        Assert.Contains("CommitmentUpdateEvent", audit);
        Assert.Contains("CommitmentStatusDecision", audit);
    }

    [Fact]
    public async Task A_lead_partner_cannot_report_for_a_commitment_led_only_by_another_organisation()
    {
        var p = await Partnership.CreateAsync(portal);
        var trustOnly = await p.CommitmentAsync(Partnership.Trust);
        await p.OpenRoundAsync();
        using var lead = await p.SignedInAsync("kcc");

        foreach (var organisation in new[] { Partnership.Kcc, Partnership.Trust })
        {
            using var get = await lead.GetAsync(EditPath(p, trustOnly, organisation));
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        }

        var mine = await lead.GetPageAsync($"/{p.Slug}/updates");
        Assert.Null(mine.QuerySelector($"tr[data-commitment='{trustOnly}']"));
        var direct = await p.UpdateAsync("kcc", trustOnly, Partnership.Kcc, Guid.Empty);
        Assert.False(direct.Succeeded);
    }

    [Fact]
    public async Task Submitting_without_a_status_or_progress_shows_the_error_summary_and_keeps_what_was_typed()
    {
        var p = await Partnership.CreateAsync(portal);
        var commitment = await p.CommitmentAsync(Partnership.Kcc);
        await p.OpenRoundAsync();
        using var lead = await p.SignedInAsync("kcc");

        using var response = await lead.SubmitAsync(EditPath(p, commitment, Partnership.Kcc), "main form", Form("submit", status: null, progress: ""));
        var page = await PortalClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("There is a problem", page.Text(".nhsuk-error-summary__heading"));
        var links = page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#status", links);
        Assert.Contains("#progress", links);
        Assert.Equal("Recruitment of family workers", page.Text("textarea#risks-and-issues"));
        Assert.StartsWith("Error: ", page.Text("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_first_submission_writes_nothing_so_my_updates_still_offers_to_start_the_update()
    {
        var p = await Partnership.CreateAsync(portal);
        var commitment = await p.CommitmentAsync(Partnership.Kcc);
        await p.OpenRoundAsync();
        using var lead = await p.SignedInAsync("kcc");
        var url = EditPath(p, commitment, Partnership.Kcc);

        using var refused = await lead.SubmitAsync(url, "main form", Form("submit", status: null, progress: ""));
        var page = await PortalClient.ParseAsync(refused);
        var mine = await lead.GetPageAsync($"/{p.Slug}/updates");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("There is a problem", page.Text(".nhsuk-error-summary__heading"));
        Assert.Equal("Recruitment of family workers", page.Text("textarea#risks-and-issues"));
        var row = mine.Text($"tr[data-commitment='{commitment}']");
        Assert.Contains("Start update", row, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft", row, StringComparison.Ordinal);
        await using (var db = portal.CreateContext(p.Tenant))
        {
            Assert.False(await db.Set<CommitmentUpdate>().AnyAsync(u => u.CommitmentId == commitment));
        }

        Assert.DoesNotContain(await portal.ReadAuditAsync(), a => a.TenantId == p.Tenant.Id && a.EntityType == nameof(CommitmentUpdate));

        // The form shown again still starts the update: corrected, it is submitted in one go.
        using var corrected = await lead.SubmitAsync(page, url, "main form", Form("submit").Select(f => KeyValuePair.Create(f.Item1, f.Item2)));
        Assert.Equal($"/{p.Slug}/updates?done=submitted", PortalClient.RedirectOf(corrected));
    }

    [Fact]
    public async Task Starting_an_update_a_colleague_started_after_the_form_was_opened_is_a_conflict_that_keeps_their_draft()
    {
        var p = await Partnership.CreateAsync(portal);
        var commitment = await p.CommitmentAsync(Partnership.Kcc);
        var round = await p.OpenRoundAsync();
        using var first = await p.SignedInAsync("kcc");
        using var colleague = await p.SignedInAsync("kcc-colleague");
        var url = EditPath(p, commitment, Partnership.Kcc);
        var blankForm = await first.GetPageAsync(url);
        using (var theirs = await colleague.SubmitAsync(url, "main form", Form("save", progress: "The colleague's progress")))
        {
            Assert.Equal($"/{p.Slug}/updates?done=saved", PortalClient.RedirectOf(theirs));
        }

        using var clash = await first.SubmitAsync(blankForm, url, "main form", Form("submit", progress: "My progress").Select(f => KeyValuePair.Create(f.Item1, f.Item2)));

        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        var page = await PortalClient.ParseAsync(clash);
        Assert.Contains("The colleague's progress", page.Text("#conflict"), StringComparison.Ordinal);
        Assert.Equal("My progress", page.Text("textarea#progress"));
        var stored = (await p.UpdateAsync("kcc", commitment, Partnership.Kcc, round)).Update!;
        Assert.Equal((UpdateState.Draft, "The colleague's progress"), (stored.State, stored.Progress));
    }

    [Fact]
    public async Task Narrative_text_with_html_is_shown_as_text_never_as_markup()
    {
        var p = await Partnership.CreateAsync(portal);
        var commitment = await p.CommitmentAsync(Partnership.Kcc);
        await p.OpenRoundAsync();
        using var lead = await p.SignedInAsync("kcc");
        const string Script = "<script>alert('x')</script><b>bold</b>";

        using (var saved = await lead.SubmitAsync(EditPath(p, commitment, Partnership.Kcc), "main form", Form("submit", progress: Script)))
        {
            Assert.NotNull(PortalClient.RedirectOf(saved));
        }

        using var response = await lead.GetAsync(EditPath(p, commitment, Partnership.Kcc));
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Script, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_people_editing_one_draft_get_a_conflict_naming_what_changed_and_lose_nothing()
    {
        var p = await Partnership.CreateAsync(portal);
        var commitment = await p.CommitmentAsync(Partnership.Kcc);
        var round = await p.OpenRoundAsync();
        using var first = await p.SignedInAsync("kcc");
        using var second = await p.SignedInAsync("kcc-colleague");
        using (var draft = await first.SubmitAsync(EditPath(p, commitment, Partnership.Kcc), "main form", Form("save")))
        {
            Assert.Equal($"/{p.Slug}/updates?done=saved", PortalClient.RedirectOf(draft));
        }

        var firstCopy = await first.GetPageAsync(EditPath(p, commitment, Partnership.Kcc));
        var secondCopy = await second.GetPageAsync(EditPath(p, commitment, Partnership.Kcc));
        using (var firstSave = await first.SubmitAsync(firstCopy, EditPath(p, commitment, Partnership.Kcc), "main form", Form("save", progress: "First person's progress").Select(f => KeyValuePair.Create(f.Item1, f.Item2))))
        {
            Assert.NotNull(PortalClient.RedirectOf(firstSave));
        }

        using var clash = await second.SubmitAsync(secondCopy, EditPath(p, commitment, Partnership.Kcc), "main form", Form("save", progress: "Second person's progress").Select(f => KeyValuePair.Create(f.Item1, f.Item2)));
        var page = await PortalClient.ParseAsync(clash);

        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        Assert.Contains("Progress was changed by", page.Text(".nhsuk-error-summary"), StringComparison.Ordinal);
        Assert.Contains("First person's progress", page.Text("#conflict"), StringComparison.Ordinal);
        Assert.Equal("Second person's progress", page.Text("textarea#progress"));
        var stored = (await p.UpdateAsync("kcc", commitment, Partnership.Kcc, round)).Update!;
        Assert.Equal("First person's progress", stored.Progress);
    }

    [Fact]
    public async Task After_the_close_the_form_says_it_is_locked_and_a_post_changes_nothing()
    {
        var p = await Partnership.CreateAsync(portal);
        var commitment = await p.CommitmentAsync(Partnership.Kcc);
        await p.OpenRoundAsync(opensIn: -30, closesIn: -1);
        using var lead = await p.SignedInAsync("kcc");

        var page = await lead.GetPageAsync(EditPath(p, commitment, Partnership.Kcc));
        Assert.Contains("is locked", page.Text("#locked"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
        var mine = await lead.GetPageAsync($"/{p.Slug}/updates");
        Assert.Contains("Overdue", mine.Text($"tr[data-commitment='{commitment}']"), StringComparison.Ordinal);
    }
}
