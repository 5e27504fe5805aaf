using System.Globalization;
using System.Net;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.Packs;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Web.Tests.Meetings;

/// <summary>What a committee clerk records about where packs go, and what everyone else in the partnership reads.</summary>
public class MeetingPagesTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string CommitteeForm = "form:has(input[name='Input.Name'])";
    private const string MeetingForm = "form:has(input[name='Input.Title'])";

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private static string Shown(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    private static (string, string)[] Dates(string prefix, DateOnly date) =>
    [
        ($"{prefix}.Day", date.Day.ToString(CultureInfo.InvariantCulture)),
        ($"{prefix}.Month", date.Month.ToString(CultureInfo.InvariantCulture)),
        ($"{prefix}.Year", date.Year.ToString(CultureInfo.InvariantCulture)),
    ];

    [Fact]
    public async Task A_clerk_adds_a_committee_and_a_meeting_and_sees_it_on_the_work_programme_with_its_packs()
    {
        var (tenant, clerk, _) = await PartnershipAsync();
        using var client = await SignedInAsync(clerk);
        var today = portal.Today();

        using var added = await client.SubmitAsync(Links.Meetings.Committees(tenant.Slug), CommitteeForm,
            ("Input.Name", "Kent Health and Wellbeing Board"), ("Input.Description", "Reports to Kent County Council"));
        Assert.Equal(Links.Meetings.Committees(tenant.Slug, "added"), PortalClient.RedirectOf(added));
        var committees = await client.GetPageAsync(Links.Meetings.Committees(tenant.Slug, "added"));
        Assert.Equal("Committee added.", committees.Text(".nhsuk-notification-banner--success .nhsuk-notification-banner__heading"));
        var row = Assert.Single(committees.TableRows("#committees"));
        Assert.Equal(("Kent Health and Wellbeing Board", "Reports to Kent County Council"), (row["Name"], row["Description"]));

        var form = await client.GetPageAsync(Links.Meetings.New(tenant.Slug));
        var committeeId = form.QuerySelectorAll("#committee option").Single(o => o.TextContent == "Kent Health and Wellbeing Board").GetAttribute("value")!;
        using var meeting = await client.SubmitAsync(form, Links.Meetings.New(tenant.Slug), MeetingForm,
            new (string, string)[] { ("Input.CommitteeId", committeeId), ("Input.Title", "March board"), ("Input.PacksDue", "Annual indicator update") }
                .Concat(Dates("Input.Date", today.AddDays(20))).Concat(Dates("Input.PapersDeadline", today.AddDays(10)))
                .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        Assert.Equal(Links.Meetings.Index(tenant.Slug, "added"), PortalClient.RedirectOf(meeting));

        await using (var db = portal.CreateContext(tenant))
        {
            var meetingId = await db.Set<Meeting>().Select(m => m.Id).SingleAsync();
            db.Add(new AssurancePack
            {
                Kind = PackKind.Annual,
                Scope = PackScope.Strategy.ToString(),
                Series = "annual",
                DocumentVersion = 2,
                Title = "Annual pack 2025/26",
                Marking = "OFFICIAL",
                AsAt = today,
                MeetingId = meetingId,
                RequestedBy = "Test Clerk",
                RequestedAt = portal.Clock.GetUtcNow(),
                Status = PackStatus.Ready,
            });
            await db.SaveChangesAsync();
        }

        var programme = await client.GetPageAsync(Links.Meetings.Index(tenant.Slug, "added"));
        Assert.Equal("Meeting added.", programme.Text(".nhsuk-notification-banner--success .nhsuk-notification-banner__heading"));
        var listed = Assert.Single(programme.TableRows("#programme"));
        Assert.Equal(
            [Shown(today.AddDays(20)), "Kent Health and Wellbeing Board March board", $"{Shown(today.AddDays(10))} In 10 days", "Annual indicator update", "Annual pack 2025/26, version 2 Ready Create a pack for March board"],
            [listed["Date"], listed["Meeting"], listed["Papers deadline"], listed["Packs due"], listed["Packs"]]);
        var pack = programme.QuerySelector("#programme [data-pack] a")!;
        var packId = await PackIdAsync(tenant);
        Assert.Equal($"/{tenant.Slug}/packs/{packId}", pack.GetAttribute("href"));
        Assert.Equal(Links.Meetings.New(tenant.Slug), programme.QuerySelector("main a.nhsuk-button")?.GetAttribute("href"));
        Assert.NotNull(programme.QuerySelector($"main a[href='{Links.Meetings.Committees(tenant.Slug)}']"));
        Assert.Contains(await portal.ReadAuditAsync(), a => a.TenantId == tenant.Id && a.EntityType == nameof(Meeting) && a.UserId == clerk.Id);
    }

    [Fact]
    public async Task Refused_forms_show_each_problem_in_the_error_summary_and_keep_what_was_typed()
    {
        var (tenant, clerk, _) = await PartnershipAsync();
        using var client = await SignedInAsync(clerk);
        await portal.AddCommitteeAsync(tenant, clerk.Acting("Test Clerk"), "Integrated Care Partnership");

        using var duplicate = await client.SubmitAsync(Links.Meetings.Committees(tenant.Slug), CommitteeForm, ("Input.Name", "integrated care PARTNERSHIP"), ("Input.Description", "Again"));
        using var meeting = await client.SubmitAsync(Links.Meetings.New(tenant.Slug), MeetingForm,
            ("Input.CommitteeId", ""), ("Input.Title", " "), ("Input.PacksDue", "Deep dive on outcome 3"),
            ("Input.Date.Day", "31"), ("Input.Date.Month", "2"), ("Input.Date.Year", "2027"),
            ("Input.PapersDeadline.Day", "1"), ("Input.PapersDeadline.Month", ""), ("Input.PapersDeadline.Year", "2027"));
        using var late = await client.SubmitAsync(Links.Meetings.New(tenant.Slug), MeetingForm,
            [("Input.CommitteeId", "not-an-id"), ("Input.Title", "April partnership"), .. Dates("Input.Date", new DateOnly(2027, 4, 1)), .. Dates("Input.PapersDeadline", new DateOnly(2027, 4, 2))]);

        var duplicatePage = await PortalClient.ParseAsync(duplicate);
        Assert.Equal(HttpStatusCode.OK, duplicate.StatusCode);
        Assert.StartsWith("Error: ", duplicatePage.Title, StringComparison.Ordinal);
        Assert.Equal([("name", "A committee with this name already exists")], duplicatePage.ErrorSummary());
        Assert.Equal("integrated care PARTNERSHIP", duplicatePage.QuerySelector("#name")?.GetAttribute("value"));
        Assert.Equal("Again", duplicatePage.QuerySelector("#description")?.TextContent);
        Assert.Null(duplicatePage.QuerySelector(".nhsuk-notification-banner--success"));

        var meetingPage = await PortalClient.ParseAsync(meeting);
        Assert.Equal(
            [("committee", "Select the committee that meets"), ("title", "Enter a title for the meeting"), ("date", "The meeting date must be a real date"), ("papers-deadline", "The papers deadline must include a month")],
            meetingPage.ErrorSummary());
        Assert.Equal("31", meetingPage.QuerySelector("#date-day")?.GetAttribute("value"));
        Assert.Equal("2027", meetingPage.QuerySelector("#papers-deadline-year")?.GetAttribute("value"));
        Assert.Contains("nhsuk-input--error", meetingPage.QuerySelector("#papers-deadline-month")?.ClassName, StringComparison.Ordinal);
        Assert.Equal("Deep dive on outcome 3", meetingPage.QuerySelector("#packs-due")?.TextContent);

        var latePage = await PortalClient.ParseAsync(late);
        Assert.Equal(
            [("committee", "Select the committee that meets"), ("papers-deadline", "The papers deadline must be on or before the meeting date")],
            latePage.ErrorSummary());
        Assert.Equal("April partnership", latePage.QuerySelector("#title")?.GetAttribute("value"));
        await using var db = portal.CreateContext(tenant);
        Assert.False(await db.Set<Meeting>().AnyAsync());
        Assert.Equal(1, await db.Set<Committee>().CountAsync());
    }

    [Fact]
    public async Task A_clerk_edits_a_meeting_but_a_form_from_before_someone_elses_change_is_refused_and_shows_the_current_details()
    {
        var (tenant, clerk, _) = await PartnershipAsync();
        using var client = await SignedInAsync(clerk);
        var today = portal.Today();
        var acting = clerk.Acting("Test Clerk");
        var board = await portal.AddCommitteeAsync(tenant, acting, "Health and Wellbeing Board");
        var meeting = await portal.AddMeetingAsync(tenant, acting, board.Id, "March board", today.AddDays(30), today.AddDays(20));
        var url = Links.Meetings.Edit(tenant.Slug, meeting.Id);
        var opened = await client.GetPageAsync(url);

        using var saved = await client.SubmitChangedAsync(opened, url, MeetingForm, ("Input.Title", "March board (moved)"));
        using var stale = await client.SubmitChangedAsync(opened, url, MeetingForm, ("Input.Title", "Overwritten"));

        Assert.Equal(Links.Meetings.Index(tenant.Slug, "saved"), PortalClient.RedirectOf(saved));
        var stalePage = await PortalClient.ParseAsync(stale);
        Assert.Equal([("title", MeetingService.MeetingStaleMessage)], stalePage.ErrorSummary());
        Assert.Equal("March board (moved)", stalePage.QuerySelector("#title")?.GetAttribute("value"));
        var programme = await client.GetPageAsync(Links.Meetings.Index(tenant.Slug, "saved"));
        Assert.Equal("Meeting saved.", programme.Text(".nhsuk-notification-banner--success .nhsuk-notification-banner__heading"));
        Assert.Equal("Health and Wellbeing Board March board (moved)", Assert.Single(programme.TableRows("#programme"))["Meeting"]);

        using var deleted = await client.SubmitAsync(await client.GetPageAsync(url), url, "form:has(input[name='Delete.Version'])", []);
        Assert.Equal(Links.Meetings.Index(tenant.Slug, "deleted"), PortalClient.RedirectOf(deleted));
        Assert.Null((await client.GetPageAsync(Links.Meetings.Index(tenant.Slug))).QuerySelector("#programme"));
    }

    [Fact]
    public async Task A_member_reads_the_work_programme_without_the_clerks_links_and_cannot_open_the_clerks_pages()
    {
        var (tenant, clerk, member) = await PartnershipAsync();
        using var client = await SignedInAsync(member);
        var today = portal.Today();
        var board = await portal.AddCommitteeAsync(tenant, clerk.Acting("Test Clerk"), "Health and Wellbeing Board");
        var meeting = await portal.AddMeetingAsync(tenant, clerk.Acting("Test Clerk"), board.Id, "March board", today.AddDays(30));
        await portal.AddMeetingAsync(tenant, clerk.Acting("Test Clerk"), board.Id, "Last year's board", today.AddDays(-300));

        var programme = await client.GetPageAsync(Links.Meetings.Index(tenant.Slug));
        var withPast = await client.GetPageAsync(Links.Meetings.Index(tenant.Slug, past: true));

        var row = Assert.Single(programme.TableRows("#programme"));
        Assert.Equal(("Health and Wellbeing Board March board", "None set", "None yet"), (row["Meeting"], row["Papers deadline"], row["Packs"]));
        Assert.Null(programme.QuerySelector($"#programme a[href='{Links.Meetings.Edit(tenant.Slug, meeting.Id)}']"));
        Assert.Null(programme.QuerySelector("main a.nhsuk-button"));
        Assert.DoesNotContain(programme.QuerySelectorAll("main a"), a => a.TextContent.Contains("Add a meeting", StringComparison.Ordinal) || a.TextContent.Trim() == "Committees");
        Assert.Equal(["Last year's board", "March board"], withPast.TableRows("#programme").Select(r => r["Meeting"].Replace("Health and Wellbeing Board ", "", StringComparison.Ordinal)));
        foreach (var page in new[] { Links.Meetings.New(tenant.Slug), Links.Meetings.Edit(tenant.Slug, meeting.Id), Links.Meetings.Committees(tenant.Slug), Links.Meetings.EditCommittee(tenant.Slug, board.Id) })
        {
            using var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{page} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Another_partnerships_meeting_and_committee_ids_are_not_found_under_your_own_slug()
    {
        var (tenant, clerk, _) = await PartnershipAsync();
        var (other, otherClerk, _) = await PartnershipAsync();
        using var client = await SignedInAsync(clerk);
        var theirs = await portal.AddCommitteeAsync(other, otherClerk.Acting("Other Clerk"), "Their board");
        var theirMeeting = await portal.AddMeetingAsync(other, otherClerk.Acting("Other Clerk"), theirs.Id, "Their meeting", portal.Today().AddDays(5));

        using var meeting = await client.GetAsync(Links.Meetings.Edit(tenant.Slug, theirMeeting.Id));
        using var committee = await client.GetAsync(Links.Meetings.EditCommittee(tenant.Slug, theirs.Id));
        var programme = await client.GetPageAsync(Links.Meetings.Index(tenant.Slug, past: true));

        Assert.Equal(HttpStatusCode.NotFound, meeting.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, committee.StatusCode);
        Assert.Null(programme.QuerySelector("#programme"));
    }

    private async Task<(TestTenant Tenant, TestUser Clerk, TestUser Member)> PartnershipAsync()
    {
        var tenant = await portal.CreateTenantAsync("meet-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council");
        return (tenant, await portal.CreateUserAsync(tenant, [TenantRole.Clerk]), await portal.CreateUserAsync(tenant, [TenantRole.Member]));
    }

    private async Task<PortalClient> SignedInAsync(TestUser user)
    {
        var client = new PortalClient(portal);
        await client.SignInAsync(user);
        return client;
    }

    private async Task<Guid> PackIdAsync(TestTenant tenant)
    {
        await using var db = portal.CreateContext(tenant);
        return await db.Set<AssurancePack>().Select(p => p.Id).SingleAsync();
    }
}
