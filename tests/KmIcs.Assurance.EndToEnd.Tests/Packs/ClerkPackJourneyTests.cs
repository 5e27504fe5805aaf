using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Browser;
using KmIcs.Assurance.Testing.Pdf;
using KmIcs.Assurance.Testing.Web;
using KmIcs.Assurance.Web;
using Microsoft.Playwright;
using static KmIcs.Assurance.EndToEnd.Tests.BrowserJourney;

namespace KmIcs.Assurance.EndToEnd.Tests.Packs;

/// <summary>
/// A committee clerk gets assurance packs to a meeting in a real browser, with JavaScript on and off: adds the meeting
/// to the work programme (and its committee, if there is none yet), asks for its annual pack from the programme, waits
/// for it and downloads a tagged PDF; then, after a mistake the error summary points out, asks for a deep dive on
/// outcome 3. A member then finds both in the archive and downloads the deep dive. Every page is screenshotted and,
/// with JavaScript on, passes axe (WCAG 2.2 AA).
/// </summary>
public partial class ClerkPackJourneyTests(PortalServerFixture portal) : IClassFixture<PortalServerFixture>
{
    private const string Seeded = "kent-medway";
    private const string Committee = "Integrated Care Partnership";
    private const string OutcomeThree = "Outcome 3: Supporting happy and healthy living";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_clerk_adds_a_meeting_makes_its_annual_pack_and_an_outcome_deep_dive_and_a_member_downloads_them_from_the_archive(bool javaScriptEnabled)
    {
        var tenant = await portal.SeededTenantAsync(Seeded);
        var clerk = await portal.CreateUserAsync(tenant, [TenantRole.Clerk]);
        var member = await portal.CreateUserAsync(tenant, [TenantRole.Member]);
        var today = portal.Today();
        var meetingDate = today.AddDays(90);
        // The two runs share the seeded partnership, so each plans its own meeting.
        var meetingTitle = (javaScriptEnabled ? "ICP meeting, " : "ICP development session, ") + meetingDate.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var shots = new Shots(javaScriptEnabled);

        var page = await SignedInPageAsync(portal.ServerAddress, clerk, javaScriptEnabled);
        var meetingId = await AddMeetingAsync(page, shots, meetingTitle, meetingDate, meetingDate.AddDays(-14));

        await page.Locator($"#programme tr[data-meeting='{meetingId}']").GetByRole(AriaRole.Link, new() { Name = $"Create a pack for {meetingTitle}", Exact = true }).ClickAsync();
        await AssertHeadingAsync(page, "Create a pack");
        Assert.Contains($"meeting={meetingId}", page.Url, StringComparison.Ordinal);
        Assert.Equal(meetingId.ToString(), await page.GetByLabel("Meeting", new() { Exact = true }).InputValueAsync());
        await page.GetByLabel("Annual assurance report", new() { Exact = true }).CheckAsync();
        await shots.CheckAsync(page, "new-annual");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create pack" }).ClickAsync();
        var annualId = await AwaitPackAsync(page, shots, javaScriptEnabled, "annual", "Annual assurance report");
        Assert.Contains(meetingTitle, await page.Locator(".nhsuk-summary-list").First.InnerTextAsync(), StringComparison.Ordinal);

        var annualPdf = await DownloadAsync(page, shots.Name("annual"));
        Assert.Matches(AnnualFileName(), annualPdf.FileName);
        Assert.Equal("yes", (await Poppler.InfoAsync(annualPdf.Path))["Tagged"]);

        await page.GetByRole(AriaRole.Link, new() { Name = "Assurance packs", Exact = true }).ClickAsync();
        await AssertHeadingAsync(page, "Assurance packs");
        await page.GetByRole(AriaRole.Link, new() { Name = "Create a pack", Exact = true }).ClickAsync();
        await AssertHeadingAsync(page, "Create a pack");
        await page.GetByLabel("Deep dive", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create pack" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-error-summary")).ToContainTextAsync("Choose what the deep dive covers", new() { Timeout = 60_000 });
        Assert.Equal(
            ["Choose what the deep dive covers: one outcome, one priority, or a selection of indicators and commitments"],
            (await page.Locator(".nhsuk-error-summary__list li").AllInnerTextsAsync()).Select(t => t.Trim()));
        Assert.Equal("#outcome", await page.Locator(".nhsuk-error-summary__list a").GetAttributeAsync("href"));
        Assert.True(await page.GetByLabel("Deep dive", new() { Exact = true }).IsCheckedAsync());
        await shots.CheckAsync(page, "deep-dive-errors");

        await page.GetByLabel("Outcome or enabler").SelectOptionAsync(new SelectOptionValue { Label = OutcomeThree });
        await page.GetByRole(AriaRole.Button, new() { Name = "Create pack" }).ClickAsync();
        var deepDiveId = await AwaitPackAsync(page, shots, javaScriptEnabled, "deep-dive", "Deep dive: Outcome 3, Supporting happy and healthy living");
        if (javaScriptEnabled)
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "Read the pack in the browser" }).ClickAsync();
            await Assertions.Expect(page.Locator("h2").Filter(new() { HasText = OutcomeThree }).First).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await Screenshots.SaveAsync(page, shots.Name("deep-dive-preview"));
        }

        await page.Context.CloseAsync();

        var reader = await SignedInPageAsync(portal.ServerAddress, member, javaScriptEnabled);
        await reader.GetByRole(AriaRole.Link, new() { Name = "Meetings", Exact = true }).ClickAsync();
        await AssertHeadingAsync(reader, "Meetings");
        var meeting = reader.Locator($"#programme tr[data-meeting='{meetingId}']");
        await Assertions.Expect(meeting.Locator($"li[data-pack='{annualId}']")).ToContainTextAsync("Ready");
        Assert.Equal(0, await reader.GetByRole(AriaRole.Link, new() { Name = "Add a meeting" }).CountAsync());
        Assert.Equal(0, await meeting.GetByRole(AriaRole.Link, new() { Name = "Create a pack", Exact = false }).CountAsync());
        await shots.CheckAsync(reader, "member-work-programme");

        // The header menu has no entry for the archive; the address is the way in.
        await reader.GotoAsync(Links.Packs.Index(Seeded));
        await AssertHeadingAsync(reader, "Assurance packs");
        Assert.Equal(0, await reader.GetByRole(AriaRole.Link, new() { Name = "Create a pack" }).CountAsync());
        Assert.Contains("Annual", await reader.Locator($"tr[data-pack='{annualId}']").InnerTextAsync(), StringComparison.Ordinal);
        var deepDiveRow = reader.Locator($"tr[data-pack='{deepDiveId}']");
        Assert.Contains("Ready", await deepDiveRow.InnerTextAsync(), StringComparison.Ordinal);
        await shots.CheckAsync(reader, "member-archive");

        await deepDiveRow.GetByRole(AriaRole.Link, new() { Name = "Deep dive: Outcome 3, Supporting happy and healthy living", Exact = true }).ClickAsync();
        await AssertHeadingAsync(reader, "Deep dive: Outcome 3, Supporting happy and healthy living");
        Assert.Equal(0, await reader.GetByRole(AriaRole.Button, new() { Name = "Make a new version" }).CountAsync());
        await shots.CheckAsync(reader, "member-deep-dive");
        var deepDivePdf = await DownloadAsync(reader, shots.Name("deep-dive-member"));
        Assert.StartsWith("kent-medway-deep-dive-outcome-3-as-at-", deepDivePdf.FileName, StringComparison.Ordinal);
        await reader.Context.CloseAsync();
    }

    /// <summary>From sign-in to the work programme listing the new meeting; the committee first when there is none.</summary>
    private static async Task<Guid> AddMeetingAsync(IPage page, Shots shots, string title, DateOnly date, DateOnly papersDeadline)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Meetings", Exact = true }).ClickAsync();
        await AssertHeadingAsync(page, "Meetings");
        await shots.CheckAsync(page, "work-programme");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a meeting" }).ClickAsync();
        await AssertHeadingAsync(page, "Add a meeting");

        var addCommittee = page.GetByRole(AriaRole.Link, new() { Name = "Add a committee", Exact = true });
        if (await addCommittee.CountAsync() > 0)
        {
            await shots.CheckAsync(page, "meeting-no-committee");
            await addCommittee.ClickAsync();
            await AssertHeadingAsync(page, "Committees");
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync(Committee);
            await page.GetByRole(AriaRole.Button, new() { Name = "Add committee" }).ClickAsync();
            await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Committee added.", new() { Timeout = 60_000 });
            await shots.CheckAsync(page, "committee-added");
            await page.GetByRole(AriaRole.Link, new() { Name = "Meetings", Exact = true }).First.ClickAsync();
            await AssertHeadingAsync(page, "Meetings");
            await page.GetByRole(AriaRole.Link, new() { Name = "Add a meeting" }).ClickAsync();
            await AssertHeadingAsync(page, "Add a meeting");
        }
        else
        {
            // The other run added the committee; its page is still checked, whichever run comes first.
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Committees", Exact = true }).ClickAsync();
            await AssertHeadingAsync(page, "Committees");
            Assert.Contains(Committee, await page.Locator("#committees").InnerTextAsync(), StringComparison.Ordinal);
            await shots.CheckAsync(page, "committees");
            await page.GoBackAsync();
            await AssertHeadingAsync(page, "Add a meeting");
        }

        await page.GetByLabel("Committee", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Committee });
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(title);
        await FillDateAsync(page, "date", date);
        await FillDateAsync(page, "papers-deadline", papersDeadline);
        await shots.CheckAsync(page, "meeting-add");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add meeting" }).ClickAsync();
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Meeting added.", new() { Timeout = 60_000 });

        var row = page.Locator("#programme tr[data-meeting]").Filter(new() { HasText = title });
        var text = await row.InnerTextAsync();
        Assert.Contains(Committee, text, StringComparison.Ordinal);
        Assert.Contains(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        Assert.Contains("In 76 days", text, StringComparison.Ordinal);
        Assert.Contains("None yet", text, StringComparison.Ordinal);
        await shots.CheckAsync(page, "meeting-added");
        return Guid.Parse((await row.GetAttributeAsync("data-meeting"))!);
    }

    /// <summary>
    /// On the page a pack request lands on: checks it while the pack is made, then waits (up to two minutes) for it to
    /// be ready. With JavaScript the page says where the pack is and shows it when it is ready, by itself (the
    /// interactive progress island); without, the person follows "Check progress" between waits.
    /// </summary>
    private static async Task<Guid> AwaitPackAsync(IPage page, Shots shots, bool javaScriptEnabled, string name, string title)
    {
        await Assertions.Expect(page.Locator(".nhsuk-notification-banner")).ToContainTextAsync("The pack has been asked for.", new() { Timeout = 60_000 });
        await AssertHeadingAsync(page, title);
        var packId = Guid.Parse(new Uri(page.Url).Segments[^1]);
        Assert.Contains("done=requested", page.Url, StringComparison.Ordinal);
        await shots.CheckAsync(page, name + "-progress");

        var status = page.Locator("main p .nhsuk-tag");
        if (javaScriptEnabled)
        {
            // Unless the pack was made before the page loaded, the island says it is watching, and no link is needed.
            if (await status.CountAsync() == 0)
            {
                await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("This page shows the result as soon as it is ready", new() { Timeout = 30_000 });
                Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Check progress" }).CountAsync());
            }

            await Assertions.Expect(status).ToHaveTextAsync(FinishedStatus(), new() { Timeout = 120_000 });
        }
        else
        {
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (true)
            {
                try
                {
                    await Assertions.Expect(status).ToHaveTextAsync(FinishedStatus(), new() { Timeout = 15_000 });
                    break;
                }
                catch (PlaywrightException) when (DateTime.UtcNow < deadline)
                {
                    // Without JavaScript the page does not reload itself (that would move a screen reader to the top).
                    await page.GetByRole(AriaRole.Link, new() { Name = "Check progress" }).ClickAsync(new() { Timeout = 15_000 });
                }
            }
        }

        Assert.True(await status.InnerTextAsync() == "Ready", await page.Locator("main").InnerTextAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download the PDF" })).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Check progress" }).CountAsync());
        await shots.CheckAsync(page, name + "-ready");
        return packId;
    }

    /// <summary>Clicks "Download the PDF", checks the file is a PDF and keeps it in the artifacts folder.</summary>
    private static async Task<(string FileName, string Path)> DownloadAsync(IPage page, string name)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download the PDF" }).ClickAsync());
        var path = Path.Combine(Poppler.ArtifactsFolder, name + ".pdf");
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));
        return (download.SuggestedFilename, path);
    }

    private static async Task FillDateAsync(IPage page, string id, DateOnly date)
    {
        await page.Locator($"#{id}-day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^kent-medway-annual-pack-as-at-\d{4}-\d{2}-\d{2}-v1\.pdf$")]
    private static partial Regex AnnualFileName();

    [GeneratedRegex("^(Ready|Failed)$")]
    private static partial Regex FinishedStatus();

    /// <summary>Screenshot names for one run (packs-..., packs-...-nojs); every page passes axe, with JavaScript on and off.</summary>
    private sealed class Shots(bool javaScriptEnabled)
    {
        public string Name(string page) => javaScriptEnabled ? $"packs-{page}" : $"packs-{page}-nojs";

        public Task CheckAsync(IPage page, string name) =>
            javaScriptEnabled ? AssertAccessibleAsync(page, Name(name)) : AssertAccessibleWithoutJavaScriptAsync(page, Name(name));
    }
}
