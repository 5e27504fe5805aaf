using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Packs;
using KmIcs.Assurance.Data.Tests.ProgressReporting;
using KmIcs.Assurance.Data.Tests.Tenancy;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Tests.Packs;

/// <summary>Committees, meetings and the work programme: who may change them, the rules for each field, and what the programme shows.</summary>
public class MeetingServiceTests
{
    private static readonly DateOnly Today = ReportingScenario.Today;

    [Theory, BothDatabases]
    public async Task A_committee_needs_a_name_no_other_committee_has_whatever_its_case(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        await using var db = scenario.Context(scenario.Carol);
        var meetings = new MeetingService(db);

        var added = await meetings.AddCommitteeAsync("  Health and Wellbeing Board ", "  ", scenario.Carol);
        var again = await meetings.AddCommitteeAsync("HEALTH AND WELLBEING BOARD", "Reports to the council", scenario.Carol);
        var blank = await meetings.AddCommitteeAsync(" ", new string('x', 2001), scenario.Carol);
        var tooLong = await meetings.AddCommitteeAsync(new string('x', 301), null, scenario.Carol);

        Assert.True(added.Succeeded);
        var stored = await db.Set<Committee>().AsNoTracking().SingleAsync();
        Assert.Equal(("Health and Wellbeing Board", null, 0), (stored.Name, stored.Description, stored.Version));
        Assert.Equal(("name", "A committee with this name already exists"), Single(again));
        Assert.Equal(
            [("name", "Enter the committee's name"), ("description", "Description must be 2000 characters or fewer")],
            blank.Errors.Select(e => (e.Field, e.Message)));
        Assert.Equal(("name", "Name must be 300 characters or fewer"), Single(tooLong));
    }

    [Theory, BothDatabases]
    public async Task Editing_a_committee_refuses_a_stale_version_and_another_committees_name(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var board = await AddCommitteeAsync(scenario, "Health and Wellbeing Board");
        var icp = await AddCommitteeAsync(scenario, "Integrated Care Partnership");
        await using var db = scenario.Context(scenario.Carol);
        var meetings = new MeetingService(db);

        var renamed = await meetings.EditCommitteeAsync(board.Id, 0, "health and wellbeing board", "Kent's board", scenario.Carol);
        var stale = await meetings.EditCommitteeAsync(board.Id, 0, "Board", null, scenario.Carol);
        var taken = await meetings.EditCommitteeAsync(board.Id, 1, "Integrated care partnership", null, scenario.Carol);
        var missing = await meetings.EditCommitteeAsync(Guid.CreateVersion7(), 0, "Board", null, scenario.Carol);

        Assert.True(renamed.Succeeded);
        Assert.Equal(("name", MeetingService.CommitteeStaleMessage), Single(stale));
        Assert.Equal(("name", "A committee with this name already exists"), Single(taken));
        Assert.Equal(("", "Committee not found"), Single(missing));
        var stored = await meetings.FindCommitteeAsync(board.Id);
        Assert.Equal(("health and wellbeing board", "Kent's board", 1), (stored!.Name, stored.Description, stored.Version));
        Assert.Equal(["health and wellbeing board", "Integrated Care Partnership"], (await meetings.ListCommitteesAsync()).Select(c => c.Name));
        Assert.Equal(0, (await meetings.FindCommitteeAsync(icp.Id))!.Version);
    }

    [Theory, BothDatabases]
    public async Task A_meeting_needs_a_committee_a_title_and_a_date_and_papers_due_on_or_before_it(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var board = await AddCommitteeAsync(scenario, "Health and Wellbeing Board");
        await using var db = scenario.Context(scenario.Carol);
        var meetings = new MeetingService(db);
        var date = Today.AddDays(30);

        var blank = await meetings.AddMeetingAsync(new MeetingDetails(null, " ", null, Today, new string('x', 2001)), scenario.Carol);
        var late = await meetings.AddMeetingAsync(new MeetingDetails(board.Id, "March board", date, date.AddDays(1), null), scenario.Carol);
        var unknown = await meetings.AddMeetingAsync(new MeetingDetails(Guid.CreateVersion7(), "March board", date, null, null), scenario.Carol);
        var sameDay = await meetings.AddMeetingAsync(new MeetingDetails(board.Id, "  March board ", date, date, " Annual indicator update "), scenario.Carol);

        Assert.Equal(
            [("committee", "Select the committee that meets"), ("title", "Enter a title for the meeting"), ("date", "Enter the date of the meeting"),
             ("packs-due", "Packs due must be 2000 characters or fewer")],
            blank.Errors.Select(e => (e.Field, e.Message)));
        Assert.Equal(("papers-deadline", "The papers deadline must be on or before the meeting date"), Single(late));
        Assert.Equal(("committee", "Select the committee that meets"), Single(unknown));
        Assert.True(sameDay.Succeeded);
        var stored = await db.Set<Meeting>().AsNoTracking().SingleAsync();
        Assert.Equal((board.Id, "March board", date, date, "Annual indicator update"), (stored.CommitteeId, stored.Title, stored.Date, stored.PapersDeadline, stored.PacksDue));
    }

    [Theory, BothDatabases]
    public async Task Editing_a_meeting_refuses_a_form_made_from_an_older_version(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var board = await AddCommitteeAsync(scenario, "Health and Wellbeing Board");
        var icp = await AddCommitteeAsync(scenario, "Integrated Care Partnership");
        var meeting = await AddMeetingAsync(scenario, board.Id, "March board", Today.AddDays(30), Today.AddDays(20));
        await using var db = scenario.Context(scenario.Carol);
        var meetings = new MeetingService(db);

        var moved = await meetings.EditMeetingAsync(meeting.Id, 0, new MeetingDetails(icp.Id, "April meeting", Today.AddDays(40), null, "Deep dive on outcome 3"), scenario.Carol);
        var stale = await meetings.EditMeetingAsync(meeting.Id, 0, new MeetingDetails(board.Id, "Overwritten", Today.AddDays(50), null, null), scenario.Carol);
        var backwards = await meetings.EditMeetingAsync(meeting.Id, 1, new MeetingDetails(icp.Id, "April meeting", Today.AddDays(40), Today.AddDays(41), null), scenario.Carol);

        Assert.True(moved.Succeeded);
        Assert.Equal(("title", MeetingService.MeetingStaleMessage), Single(stale));
        Assert.Equal(("papers-deadline", "The papers deadline must be on or before the meeting date"), Single(backwards));
        var stored = await meetings.FindMeetingAsync(meeting.Id);
        Assert.Equal(("Integrated Care Partnership", "April meeting", Today.AddDays(40), null, "Deep dive on outcome 3", 1),
            (stored!.Committee!.Name, stored.Title, stored.Date, stored.PapersDeadline, stored.PacksDue, stored.Version));
    }

    [Theory, BothDatabases]
    public async Task Only_clerks_and_tenant_admins_change_committees_and_meetings(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var board = await AddCommitteeAsync(scenario, "Health and Wellbeing Board");
        var meeting = await AddMeetingAsync(scenario, board.Id, "March board", Today.AddDays(30), null);

        foreach (var actor in new[] { scenario.Max, scenario.Alice })
        {
            await using var db = scenario.Context(actor);
            var meetings = new MeetingService(db);
            var results = new[]
            {
                (await meetings.AddCommitteeAsync("Cabinet", null, actor)).Errors,
                (await meetings.EditCommitteeAsync(board.Id, 0, "Cabinet", null, actor)).Errors,
                (await meetings.AddMeetingAsync(new MeetingDetails(board.Id, "Mine", Today, null, null), actor)).Errors,
                (await meetings.EditMeetingAsync(meeting.Id, 0, new MeetingDetails(board.Id, "Mine", Today, null, null), actor)).Errors,
                (await meetings.DeleteMeetingAsync(meeting.Id, 0, actor)).Errors,
            };
            Assert.All(results, errors => Assert.Equal(("", "Only committee clerks and tenant admins can do this"), (Assert.Single(errors).Field, errors[0].Message)));
        }

        await using var check = scenario.Context();
        var committee = await check.Set<Committee>().SingleAsync();
        var unchanged = await check.Set<Meeting>().SingleAsync();
        Assert.Equal(("Health and Wellbeing Board", 0), (committee.Name, committee.Version));
        Assert.Equal(("March board", 0), (unchanged.Title, unchanged.Version));
    }

    [Theory, BothDatabases]
    public async Task A_meeting_is_deleted_only_when_no_pack_is_filed_against_it_and_the_refusal_names_the_packs(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var board = await AddCommitteeAsync(scenario, "Health and Wellbeing Board");
        var withPacks = await AddMeetingAsync(scenario, board.Id, "March board", Today.AddDays(30), null);
        var empty = await AddMeetingAsync(scenario, board.Id, "June board", Today.AddDays(120), null);
        await AddPacksAsync(scenario, Pack(withPacks.Id, "Annual pack 2025/26", 2, PackStatus.Ready), Pack(withPacks.Id, "Annual pack 2025/26", 1, PackStatus.Ready), Pack(withPacks.Id, "Deep dive: outcome 3", 1, PackStatus.Failed));
        await using var db = scenario.Context(scenario.Carol);
        var meetings = new MeetingService(db);

        var refused = await meetings.DeleteMeetingAsync(withPacks.Id, 0, scenario.Carol);
        var stale = await meetings.DeleteMeetingAsync(empty.Id, 3, scenario.Carol);
        var deleted = await meetings.DeleteMeetingAsync(empty.Id, 0, scenario.Carol);

        Assert.Equal(("", "This meeting cannot be deleted because packs are filed against it: Annual pack 2025/26 (version 1); Annual pack 2025/26 (version 2); Deep dive: outcome 3 (version 1)"), Single(refused));
        Assert.Equal(("", MeetingService.MeetingStaleMessage), Single(stale));
        Assert.True(deleted.Succeeded);
        Assert.Equal([withPacks.Id], await db.Set<Meeting>().Select(m => m.Id).ToListAsync());
        Assert.Contains(await db.AuditEntries.Where(e => e.TenantId == scenario.Tenant.TenantId).ToListAsync(), a => a.EntityType == nameof(Meeting) && a.Action == AuditActions.Deleted && a.UserId == scenario.Carol.UserId);
    }

    [Theory, BothDatabases]
    public async Task The_work_programme_lists_meetings_from_today_by_date_with_deadlines_and_packs_without_reading_any_pdf(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var board = await AddCommitteeAsync(scenario, "Health and Wellbeing Board");
        var icp = await AddCommitteeAsync(scenario, "Integrated Care Partnership");
        var past = await AddMeetingAsync(scenario, icp.Id, "December partnership", Today.AddDays(-30), Today.AddDays(-40));
        var later = await AddMeetingAsync(scenario, board.Id, "March board", Today.AddDays(60), Today.AddDays(45), "Deep dive on outcome 3");
        var todays = await AddMeetingAsync(scenario, icp.Id, "January partnership", Today, Today.AddDays(-5), "Annual indicator update");
        var soon = await AddMeetingAsync(scenario, board.Id, "February board", Today.AddDays(20), Today.AddDays(3));
        await AddPacksAsync(scenario, Pack(todays.Id, "Annual pack 2025/26", 1, PackStatus.Ready), Pack(past.Id, "Annual pack 2024/25", 1, PackStatus.Ready), Pack(null, "Unfiled pack", 1, PackStatus.Queued));
        await AddOtherTenantsMeetingAsync(scenario);
        var log = new CommandLog();
        await using var db = scenario.Context(scenario.Max, log);
        var meetings = new MeetingService(db);

        var programme = await meetings.WorkProgrammeAsync();
        var everything = await meetings.WorkProgrammeAsync(includePast: true);

        Assert.Equal(
            [(todays.Id, "January partnership", "Integrated Care Partnership", Today, Today.AddDays(-5), (int?)-5, "Annual indicator update"),
             (soon.Id, "February board", "Health and Wellbeing Board", Today.AddDays(20), Today.AddDays(3), 3, null),
             (later.Id, "March board", "Health and Wellbeing Board", Today.AddDays(60), Today.AddDays(45), 45, "Deep dive on outcome 3")],
            programme.Select(m => (m.MeetingId, m.Title, m.CommitteeName, m.Date, m.PapersDeadline, m.DaysUntilDeadline, m.PacksDue)));
        var pack = Assert.Single(programme[0].Packs);
        Assert.Equal(("Annual pack 2025/26", 1, PackStatus.Ready), (pack.Title, pack.DocumentVersion, pack.Status));
        Assert.Empty(programme[1].Packs);
        Assert.Equal([past.Id, todays.Id, soon.Id, later.Id], everything.Select(m => m.MeetingId));
        Assert.Equal("Annual pack 2024/25", Assert.Single(everything[0].Packs).Title);
        Assert.All(log.Commands, sql => Assert.DoesNotContain("Pdf", sql, StringComparison.OrdinalIgnoreCase));
    }

    [Theory, BothDatabases]
    public async Task Another_partnerships_committees_and_meetings_are_not_seen_or_used(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var (otherCommittee, otherMeeting) = await AddOtherTenantsMeetingAsync(scenario);
        await using var db = scenario.Context(scenario.Carol);
        var meetings = new MeetingService(db);

        var borrowed = await meetings.AddMeetingAsync(new MeetingDetails(otherCommittee, "Borrowed", Today.AddDays(5), null, null), scenario.Carol);
        var edited = await meetings.EditMeetingAsync(otherMeeting, 0, new MeetingDetails(otherCommittee, "Taken over", Today.AddDays(5), null, null), scenario.Carol);
        var deleted = await meetings.DeleteMeetingAsync(otherMeeting, 0, scenario.Carol);
        var renamed = await meetings.EditCommitteeAsync(otherCommittee, 0, "Taken over", null, scenario.Carol);
        var sameName = await meetings.AddCommitteeAsync("Other board", null, scenario.Carol);

        Assert.Empty(await meetings.WorkProgrammeAsync(includePast: true));
        Assert.Null(await meetings.FindMeetingAsync(otherMeeting));
        Assert.Null(await meetings.FindCommitteeAsync(otherCommittee));
        Assert.Equal(("committee", "Select the committee that meets"), Single(borrowed));
        Assert.Equal(("", "Meeting not found"), Single(edited));
        Assert.Equal(("", "Meeting not found"), Single(deleted));
        Assert.Equal(("", "Committee not found"), Single(renamed));
        Assert.True(sameName.Succeeded, "Committee names are unique within a partnership, not across them");
        var other = await db.Set<Meeting>().IgnoreQueryFilters().SingleAsync(m => m.Id == otherMeeting);
        Assert.Equal(("Other board meeting", 0), (other.Title, other.Version));
    }

    private static (string Field, string Message) Single<T>(ServiceResult<T> result)
    {
        var error = Assert.Single(result.Errors);
        return (error.Field, error.Message);
    }

    private static async Task<Committee> AddCommitteeAsync(ReportingScenario scenario, string name)
    {
        await using var db = scenario.Context(scenario.Carol);
        var result = await new MeetingService(db).AddCommitteeAsync(name, null, scenario.Carol);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value!;
    }

    private static async Task<Meeting> AddMeetingAsync(ReportingScenario scenario, Guid committeeId, string title, DateOnly date, DateOnly? deadline, string? packsDue = null)
    {
        await using var db = scenario.Context(scenario.Carol);
        var result = await new MeetingService(db).AddMeetingAsync(new MeetingDetails(committeeId, title, date, deadline, packsDue), scenario.Carol);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value!;
    }

    /// <summary>Packs are made by the pack generator; the tests file them directly, PDF bytes and all.</summary>
    private static async Task AddPacksAsync(ReportingScenario scenario, params AssurancePack[] packs)
    {
        await using var db = scenario.Context();
        db.AddRange(packs);
        await db.SaveChangesAsync();
    }

    private static AssurancePack Pack(Guid? meetingId, string title, int version, PackStatus status) => new()
    {
        Kind = PackKind.Annual,
        Scope = PackScope.Strategy.ToString(),
        Series = $"{title}|{meetingId}",
        DocumentVersion = version,
        Title = title,
        Marking = "OFFICIAL",
        AsAt = Today,
        MeetingId = meetingId,
        RequestedBy = "Carol Clerk",
        RequestedAt = DateTimeOffset.UtcNow,
        Status = status,
        Pdf = status == PackStatus.Ready ? [0x25, 0x50, 0x44, 0x46] : null,
    };

    /// <summary>A committee and a meeting of a second partnership in the same database, written as that partnership.</summary>
    private static async Task<(Guid Committee, Guid Meeting)> AddOtherTenantsMeetingAsync(ReportingScenario scenario)
    {
        var other = await TenantData.CreateAsync(scenario.Database, "other-" + Guid.NewGuid().ToString("N")[..6]);
        var options = new DbContextOptionsBuilder<AssuranceDbContext>();
        options.UseAssuranceDatabase(scenario.Database.Connection);
        var actor = new CurrentActor();
        actor.Set(null, "test setup");
        await using var db = new AssuranceDbContext(options.Options, other.AsCurrent(), actor, scenario.Clock);
        var committee = new Committee { Name = "Other board" };
        var meeting = new Meeting { CommitteeId = committee.Id, Title = "Other board meeting", Date = Today.AddDays(10) };
        db.AddRange(committee, meeting);
        await db.SaveChangesAsync();
        return (committee.Id, meeting.Id);
    }
}
