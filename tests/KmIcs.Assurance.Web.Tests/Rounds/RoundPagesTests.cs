using System.Globalization;
using System.Net;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Web.Tests.Rounds;

/// <summary>What a committee clerk does with reporting rounds: open one, see how far each organisation has got, grant a lock exception.</summary>
public class RoundPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string OpenForm = "form:has(input[name='Input.Name'])";
    private const string ExceptionForm = "form:has(select[name='Exception.OrganisationId'])";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private static string Shown(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    private static (string, string)[] Dates(string prefix, DateOnly date) =>
    [
        ($"{prefix}.Day", date.Day.ToString(CultureInfo.InvariantCulture)),
        ($"{prefix}.Month", date.Month.ToString(CultureInfo.InvariantCulture)),
        ($"{prefix}.Year", date.Year.ToString(CultureInfo.InvariantCulture)),
    ];

    [Fact]
    public async Task A_clerk_opens_a_round_and_sees_it_listed_with_its_dates_and_phase()
    {
        using var partnership = await ReportingPartnership.CreateAsync(portal);
        var url = Links.Rounds.Index(partnership.Slug);
        var today = portal.Today();

        using var opened = await partnership.Client.SubmitAsync(url, OpenForm,
            [("Input.Name", "Quarter 3 updates"), ("Input.Period", "Q3 2026/27"), .. Dates("Input.Opens", today), .. Dates("Input.Closes", today.AddDays(30))]);
        using var past = await partnership.Client.SubmitAsync(url, OpenForm,
            [("Input.Name", "Quarter 1 2024/25 updates"), ("Input.Period", "Q1 2024/25"), ("Input.Opens.Day", "14"), ("Input.Opens.Month", "May"), ("Input.Opens.Year", "2024"), .. Dates("Input.Closes", new DateOnly(2024, 6, 28))]);

        var location = PortalClient.RedirectOf(opened)!;
        Assert.Matches($"^/{partnership.Slug}/rounds/[0-9a-f-]{{36}}\\?done=opened$", location);
        var roundPage = await partnership.Client.GetPageAsync(location);
        Assert.Equal("Reporting round opened.", roundPage.QuerySelector(".nhsuk-notification-banner--success .nhsuk-notification-banner__heading")?.TextContent.Trim());
        Assert.Equal("Quarter 3 updates", roundPage.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Open", roundPage.QuerySelector("#round-phase-title")?.TextContent.Trim());
        Assert.Contains($"until the end of {Shown(today.AddDays(30))}", roundPage.QuerySelector("[aria-labelledby=round-phase-title]")?.TextContent, StringComparison.Ordinal);
        Assert.Null(roundPage.QuerySelector(ExceptionForm));

        var list = await partnership.Client.GetPageAsync(url);
        var rows = list.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["Quarter 3 updates", "Q3 2026/27", Shown(today), Shown(today.AddDays(30)), "Open"], rows[0]);
        Assert.Equal(["Quarter 1 2024/25 updates", "Q1 2024/25", "14 May 2024", "28 June 2024", "Locked"], rows[1]);
        Assert.Equal(HttpStatusCode.Redirect, past.StatusCode);

        var audit = await portal.ReadAuditAsync();
        Assert.Equal(2, audit.Count(a => a.TenantId == partnership.Tenant.Id && a.EntityType == nameof(ReportingRound) && a.Action == AuditActions.Created));
        Assert.Contains(audit, a => a.TenantId == partnership.Tenant.Id && a.EntityType == nameof(ReportingRound) && a.UserId == partnership.Reviewer.Id && a.After!.Contains("Quarter 3 updates", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Opening_a_round_with_bad_input_shows_each_problem_and_keeps_what_was_typed()
    {
        using var partnership = await ReportingPartnership.CreateAsync(portal);
        var url = Links.Rounds.Index(partnership.Slug);

        using var refused = await partnership.Client.SubmitAsync(url, OpenForm,
            ("Input.Name", "  "), ("Input.Period", "Quarter five"),
            ("Input.Opens.Day", "31"), ("Input.Opens.Month", "2"), ("Input.Opens.Year", "2027"),
            ("Input.Closes.Day", "1"), ("Input.Closes.Month", ""), ("Input.Closes.Year", "27"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await PortalClient.ParseAsync(refused);
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        var summary = page.ErrorSummary().Select(e => ("#" + e.Field, e.Message)).ToList();
        Assert.Equal(["#name", "#period", "#opens", "#closes"], summary.Select(s => s.Item1));
        Assert.Equal("Enter a name for the round", summary[0].Item2);
        Assert.Equal("The opening date must be a real date", summary[2].Item2);
        Assert.Equal("The closing date must include a month", summary[3].Item2);
        Assert.Equal("Quarter five", page.QuerySelector("#period")?.GetAttribute("value"));
        Assert.Equal("31", page.QuerySelector("#opens-day")?.GetAttribute("value"));
        Assert.Equal("27", page.QuerySelector("#closes-year")?.GetAttribute("value"));
        Assert.Contains("nhsuk-input--error", page.QuerySelector("#closes-month")?.ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("nhsuk-input--error", page.QuerySelector("#closes-day")?.ClassName, StringComparison.Ordinal);
        Assert.Contains("Error:", page.QuerySelector("#period-error")?.TextContent, StringComparison.Ordinal);

        using var backwards = await partnership.Client.SubmitAsync(url, OpenForm,
            [("Input.Name", "Backwards"), ("Input.Period", "Q4 2026/27"), .. Dates("Input.Opens", new DateOnly(2027, 3, 1)), .. Dates("Input.Closes", new DateOnly(2027, 2, 1))]);
        var backwardsPage = await PortalClient.ParseAsync(backwards);
        Assert.Equal("The closing date must be after the opening date", backwardsPage.ErrorFor("closes"));

        await using var db = portal.CreateContext(partnership.Tenant);
        Assert.False(await db.Set<ReportingRound>().AnyAsync());
    }

    [Fact]
    public async Task The_round_shows_completion_by_organisation_and_each_lead_bodys_update_linking_to_its_review()
    {
        using var partnership = await ReportingPartnership.CreateAsync(portal);
        var today = portal.Today();
        var round = await portal.OpenRoundAsync(partnership.Tenant, partnership.Reviewer.Acting("Test Clerk"), "Autumn round", today.AddDays(-3), today.AddDays(20));
        var kentUpdate = await portal.SubmitUpdateAsync(partnership.Tenant, partnership.KentLead, partnership.KentCommitment, ReportingPartnership.Kent, round.Id, CommitmentStatus.OnTrack);
        var shared = await portal.SubmitUpdateAsync(partnership.Tenant, partnership.KentLead, partnership.SharedCommitment, ReportingPartnership.Kent, round.Id, CommitmentStatus.SomeRisk);
        await portal.ApproveUpdateAsync(partnership.Tenant, partnership.Reviewer.Acting("Test Clerk"), shared.Id);

        var page = await partnership.Client.GetPageAsync(Links.Rounds.Round(partnership.Slug, round.Id));

        var completion = page.QuerySelectorAll("#completion tbody tr")
            .Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim())))
            .ToList();
        Assert.Equal(["Kent County Council|2|2|1|0", "Medway Council|2|0|0|2"], completion);
        var kentRow = page.QuerySelector($"#commitments tr[data-commitment='{partnership.KentCommitment}'] li[data-lead='{partnership.Tenant.Organisations[ReportingPartnership.Kent]}']")!;
        Assert.Equal("Submitted for review", kentRow.QuerySelector(".nhsuk-tag")?.TextContent.Trim());
        Assert.Equal(Links.Reviews.Update(partnership.Slug, kentUpdate.Id), kentRow.QuerySelector("a")?.GetAttribute("href"));
        Assert.Equal("Review the update from Kent County Council", kentRow.QuerySelector("a")?.TextContent.Trim());
        var medwayRow = page.QuerySelector($"#commitments tr[data-commitment='{partnership.MedwayCommitment}'] li")!;
        Assert.Equal("Not started", medwayRow.QuerySelector(".nhsuk-tag")?.TextContent.Trim());
        Assert.Null(medwayRow.QuerySelector("a"));
        var sharedRow = page.QuerySelector($"#commitments tr[data-commitment='{partnership.SharedCommitment}']")!;
        Assert.Equal(["Approved", "Not started", "Not set"], sharedRow.QuerySelectorAll(".nhsuk-tag, td:last-child span").Select(t => t.TextContent.Trim()));
        Assert.Equal("Not set", page.QuerySelector($"#commitments tr[data-commitment='{partnership.KentCommitment}'] td:last-child")?.TextContent.Trim());
    }

    [Fact]
    public async Task Completion_counts_align_as_numbers_under_a_caption_saying_what_they_count()
    {
        using var partnership = await ReportingPartnership.CreateAsync(portal);
        var today = portal.Today();
        var round = await portal.OpenRoundAsync(partnership.Tenant, partnership.Reviewer.Acting("Test Clerk"), "Winter round", today.AddDays(-1), today.AddDays(20));

        var page = await partnership.Client.GetPageAsync(Links.Rounds.Round(partnership.Slug, round.Id));

        var table = page.QuerySelector("#completion")!;
        Assert.Equal("Updates submitted, approved and outstanding for each organisation", table.QuerySelector("caption")?.TextContent.Trim());
        Assert.Equal(["Commitments", "Submitted", "Approved", "Outstanding"], table.QuerySelectorAll("thead th.nhsuk-table__header--numeric").Select(th => th.TextContent.Trim()));
        Assert.Equal("col", table.QuerySelector("thead th")?.GetAttribute("scope"));
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.Equal("row", row.Children[0].GetAttribute("scope"));
            Assert.All(row.QuerySelectorAll("td"), td => Assert.Contains("nhsuk-table__cell--numeric", td.ClassList));
            Assert.Equal(4, row.QuerySelectorAll("td").Length);
        });
    }

    [Fact]
    public async Task After_the_close_a_clerk_grants_one_organisation_a_lock_exception_and_the_round_shows_it()
    {
        using var partnership = await ReportingPartnership.CreateAsync(portal);
        var today = portal.Today();
        var round = await portal.OpenRoundAsync(partnership.Tenant, partnership.Reviewer.Acting("Test Clerk"), "Summer round", today.AddDays(-40), today.AddDays(-10));
        var url = Links.Rounds.Round(partnership.Slug, round.Id);
        var medway = partnership.Tenant.Organisations[ReportingPartnership.Medway];

        var locked = await partnership.Client.GetPageAsync(url);
        using var incomplete = await partnership.Client.SubmitAsync(locked, url, ExceptionForm, [new("Exception.OrganisationId", ""), new("Exception.Reason", "Board meeting moved")]);
        using var granted = await partnership.Client.SubmitAsync(locked, url, ExceptionForm,
            [new("Exception.OrganisationId", medway.ToString()), .. Dates("Exception.Until", today.AddDays(7)).Select(d => new KeyValuePair<string, string>(d.Item1, d.Item2)), new("Exception.Reason", "Their board meets after the close")]);

        Assert.Equal("Locked", locked.QuerySelector("#round-phase-title")?.TextContent.Trim());
        Assert.Contains($"It closed on {Shown(today.AddDays(-10))}", locked.QuerySelector("[aria-labelledby=round-phase-title]")?.TextContent, StringComparison.Ordinal);
        Assert.True(incomplete.StatusCode == HttpStatusCode.OK, await incomplete.Content.ReadAsStringAsync());
        var errors = (await PortalClient.ParseAsync(incomplete)).QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#organisation", "#until"], errors);
        Assert.Equal(url + "?done=exception-granted", PortalClient.RedirectOf(granted));
        var page = await partnership.Client.GetPageAsync(url + "?done=exception-granted");
        Assert.Equal("Lock exception granted.", page.QuerySelector(".nhsuk-notification-banner--success .nhsuk-notification-banner__heading")?.TextContent.Trim());
        var row = page.QuerySelector($"#exceptions tr[data-organisation='{medway}']")!;
        Assert.Equal(["Medway Council", Shown(today.AddDays(7)), "Their board meets after the close"], row.QuerySelectorAll("td").Take(3).Select(c => c.TextContent.Trim()));
        Assert.Contains($"Medway Council can still write updates until {Shown(today.AddDays(7))}", page.QuerySelector("[aria-labelledby=round-phase-title]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Open by exception", page.QuerySelector($"#completion tr[data-organisation='{medway}'] .nhsuk-tag")?.TextContent.Trim());
        Assert.Contains(await portal.ReadAuditAsync(), a => a.TenantId == partnership.Tenant.Id && a.EntityType == nameof(RoundLockException) && a.Action == AuditActions.Created && a.UserId == partnership.Reviewer.Id);
    }
}
