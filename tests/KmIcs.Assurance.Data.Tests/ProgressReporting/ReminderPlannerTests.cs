using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Tests.ProgressReporting;

/// <summary>Reminders are planned once per person, round and kind, only for outstanding work, and sent from the outbox.</summary>
public class ReminderPlannerTests
{
    [Theory, BothDatabases]
    public async Task Planning_twice_creates_each_reminder_once(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();

        await using (var db = scenario.Context())
        {
            Assert.Equal(3, await new ReminderPlanner(db).PlanAsync(ReportingScenario.Today));
        }

        await using (var db = scenario.Context())
        {
            Assert.Equal(0, await new ReminderPlanner(db).PlanAsync(ReportingScenario.Today));
            Assert.Equal(0, await new ReminderPlanner(db).PlanAsync(ReportingScenario.Today.AddDays(1)));
        }

        await using var check = scenario.Context();
        var reminders = await check.Set<ReminderEmail>().ToListAsync();
        Assert.Equal(
            new[] { scenario.Alice.UserId, scenario.Ann.UserId, scenario.Bob.UserId }.Order(),
            reminders.Select(r => r.UserId).Order());
        Assert.All(reminders, r => Assert.Equal((round.Id, ReminderKind.RoundOpened, (DateTimeOffset?)null), (r.RoundId, r.Kind, r.SentAt)));
    }

    [Theory, BothDatabases]
    public async Task The_database_refuses_a_second_copy_of_a_planned_reminder(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        await using (var db = scenario.Context())
        {
            await new ReminderPlanner(db).PlanAsync(ReportingScenario.Today);
        }

        await using var second = scenario.Context();
        second.Add(new ReminderEmail { RoundId = round.Id, UserId = scenario.Bob.UserId, Kind = ReminderKind.RoundOpened, CreatedAt = scenario.Clock.Now });
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    [Theory, BothDatabases]
    public async Task Nobody_is_reminded_before_a_round_opens_or_after_it_closes(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        await scenario.OpenRoundAsync();
        await using var db = scenario.Context();
        var planner = new ReminderPlanner(db);

        Assert.Equal(0, await planner.PlanAsync(ReportingScenario.Opens.AddDays(-1)));
        Assert.Equal(0, await planner.PlanAsync(ReportingScenario.Closes.AddDays(1)));
        Assert.False(await db.Set<ReminderEmail>().AnyAsync());
    }

    [Theory, BothDatabases]
    public async Task Closing_soon_reminders_go_only_to_lead_partners_whose_organisation_still_has_updates_to_give(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        await using (var db = scenario.Context())
        {
            await new ReminderPlanner(db).PlanAsync(ReportingScenario.Today);
        }

        await scenario.SubmitAsync(scenario.Alice, scenario.LedByA, scenario.OrganisationA, round.Id, CommitmentStatus.OnTrack);
        await scenario.ApprovedAsync(scenario.Ann, scenario.Shared, scenario.OrganisationA, round.Id, CommitmentStatus.OnTrack);
        await using (var db = scenario.Context())
        {
            Assert.Equal(0, await new ReminderPlanner(db).PlanAsync(ReportingScenario.Closes.AddDays(-8)));
            Assert.Equal(1, await new ReminderPlanner(db).PlanAsync(ReportingScenario.Closes.AddDays(-7)));
            Assert.Equal(0, await new ReminderPlanner(db).PlanAsync(ReportingScenario.Closes.AddDays(-1)));
        }

        await using var check = scenario.Context();
        var closingSoon = await check.Set<ReminderEmail>().Where(r => r.Kind == ReminderKind.ClosingSoon).ToListAsync();
        Assert.Equal([scenario.Bob.UserId], closingSoon.Select(r => r.UserId));
    }

    [Theory, BothDatabases]
    public async Task The_outbox_gives_each_person_one_digest_of_their_outstanding_commitments_and_never_sends_it_twice(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        await scenario.SubmitAsync(scenario.Alice, scenario.LedByA, scenario.OrganisationA, round.Id, CommitmentStatus.OnTrack);
        await using (var db = scenario.Context())
        {
            await new ReminderPlanner(db).PlanAsync(ReportingScenario.Today);
        }

        await scenario.DraftAsync(scenario.Bob, scenario.LedByB, scenario.OrganisationB, round.Id);
        IReadOnlyList<ReminderDigest> pending;
        await using (var db = scenario.Context())
        {
            pending = await new ReminderOutbox(db).PendingAsync();
        }

        Assert.Equal(3, pending.Count);
        var bobs = Assert.Single(pending, d => d.UserId == scenario.Bob.UserId);
        Assert.Equal(("bob@trust.example", "Bob Baker", ReminderKind.RoundOpened, "Quarter 3 2025/26 updates"), (bobs.Email, bobs.DisplayName, bobs.Kind, bobs.Round.Name));
        Assert.Equal(
            [(scenario.LedByB, (UpdateState?)UpdateState.Draft), (scenario.Shared, null)],
            bobs.Commitments.Select(c => (c.CommitmentId, c.State)));
        var alices = Assert.Single(pending, d => d.UserId == scenario.Alice.UserId);
        Assert.Equal([scenario.Shared], alices.Commitments.Select(c => c.CommitmentId));

        // The job sends each digest, then marks it; after a restart nothing is pending and marking again does nothing.
        await using (var db = scenario.Context())
        {
            var outbox = new ReminderOutbox(db);
            foreach (var digest in pending)
            {
                Assert.True(await outbox.MarkSentAsync(digest.ReminderId));
            }
        }

        await using var afterRestart = scenario.Context();
        Assert.Empty(await new ReminderOutbox(afterRestart).PendingAsync());
        Assert.False(await new ReminderOutbox(afterRestart).MarkSentAsync(bobs.ReminderId));
        Assert.All(await afterRestart.Set<ReminderEmail>().ToListAsync(), r => Assert.Equal(scenario.Clock.Now, r.SentAt));
    }
}
