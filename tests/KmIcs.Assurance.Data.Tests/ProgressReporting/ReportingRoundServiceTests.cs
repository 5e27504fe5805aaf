using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Tests.ProgressReporting;

/// <summary>Opening rounds, what a round asks for, completion by organisation, locking and lock exceptions.</summary>
public class ReportingRoundServiceTests
{
    [Theory, BothDatabases]
    public async Task Opening_a_round_needs_a_name_a_reporting_period_and_a_closing_date_after_the_opening_date(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        await using var db = scenario.Context(scenario.Carol);
        var rounds = new ReportingRoundService(db);

        var blank = await rounds.OpenAsync("  ", "", null, null, scenario.Carol);
        var wrong = await rounds.OpenAsync(new string('x', 201), "Q5 2025/26", ReportingScenario.Closes, ReportingScenario.Opens, scenario.Carol);

        Assert.Equal(
            [("name", "Enter a name for the round"), ("period", "Enter the reporting period the updates describe, for example Q3 2025/26"),
             ("opens", "Enter the date the round opens"), ("closes", "Enter the date the round closes")],
            blank.Errors.Select(e => (e.Field, e.Message)));
        Assert.Equal(["name", "period", "closes"], wrong.Errors.Select(e => e.Field));
        Assert.Equal("Name must be 200 characters or fewer", wrong.Errors[0].Message);
        Assert.StartsWith("'Q5 2025/26' is not a reporting period", wrong.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal("The closing date must be after the opening date", wrong.Errors[2].Message);
        Assert.False(await db.Set<ReportingRound>().AnyAsync());
    }

    [Theory, BothDatabases]
    public async Task A_clerk_opens_a_round_on_the_current_strategy_and_its_name_is_used_once(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();

        await using var db = scenario.Context(scenario.Carol);
        var again = await new ReportingRoundService(db).OpenAsync("QUARTER 3 2025/26 UPDATES", "Q4 2025/26", new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), scenario.Carol);
        var stored = await db.Set<ReportingRound>().SingleAsync();

        Assert.Equal(scenario.Tenant.StrategyId, round.StrategyId);
        Assert.Equal(("Quarter 3 2025/26 updates", "Q3 2025/26", ReportingScenario.Opens, ReportingScenario.Closes), (stored.Name, stored.Period.ToString(), stored.Opens, stored.Closes));
        Assert.Equal((scenario.Carol.UserId, "Carol Clerk", scenario.Clock.Now), (stored.CreatedById, stored.CreatedByName, stored.CreatedAt));
        var error = Assert.Single(again.Errors);
        Assert.Equal(("name", "A round with this name already exists"), (error.Field, error.Message));
    }

    [Theory, BothDatabases]
    public async Task Only_clerks_and_tenant_admins_open_rounds_and_grant_lock_exceptions(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        await using var db = scenario.Context(scenario.Alice);
        var rounds = new ReportingRoundService(db);

        var open = await rounds.OpenAsync("Mine", "Q4 2025/26", new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), scenario.Alice);
        var grant = await rounds.GrantLockExceptionAsync(round.Id, scenario.OrganisationA, ReportingScenario.Closes.AddDays(7), "Please", scenario.Alice);

        Assert.Equal("Only committee clerks and tenant admins can do this", Assert.Single(open.Errors).Message);
        Assert.Equal("Only committee clerks and tenant admins can do this", Assert.Single(grant.Errors).Message);
        Assert.Equal(1, await db.Set<ReportingRound>().CountAsync());
        Assert.False(await db.Set<RoundLockException>().AnyAsync());
    }

    [Theory, BothDatabases]
    public async Task A_round_lists_every_commitment_with_its_lead_bodies_and_completion_by_organisation(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        await scenario.ApprovedAsync(scenario.Alice, scenario.LedByA, scenario.OrganisationA, round.Id, CommitmentStatus.OnTrack);
        await scenario.SubmitAsync(scenario.Ann, scenario.Shared, scenario.OrganisationA, round.Id, CommitmentStatus.SomeRisk);
        await scenario.DraftAsync(scenario.Bob, scenario.Shared, scenario.OrganisationB, round.Id);

        await using var db = scenario.Context(scenario.Carol);
        var overview = (await new ReportingRoundService(db).GetAsync(round.Id))!;

        Assert.Equal(RoundPhase.Open, overview.Phase);
        Assert.Equal([scenario.LedByA, scenario.LedByB, scenario.Shared], overview.Commitments.Select(c => c.CommitmentId));
        var shared = overview.Commitments[2];
        Assert.Equal(
            [("Council of reporting", UpdateState.Submitted, CommitmentStatus.SomeRisk), ("Medway NHS Foundation Trust", UpdateState.Draft, null)],
            shared.LeadBodies.Select(l => (l.OrganisationName, l.State, l.Status)));
        Assert.Equal(CommitmentStatus.OnTrack, overview.Commitments[0].OverallStatus);
        Assert.Null(overview.Commitments[1].LeadBodies.Single().State);
        Assert.Equal(
            [("Council of reporting", 2, 2, 1, 0), ("Medway NHS Foundation Trust", 2, 0, 0, 2)],
            overview.Completion.Select(c => (c.OrganisationName, c.Commitments, c.Reported, c.Approved, c.Outstanding)));
        Assert.Null(await new ReportingRoundService(db).GetAsync(Guid.CreateVersion7()));
    }

    [Theory, BothDatabases]
    public async Task After_the_close_a_lead_body_cannot_write_until_the_clerk_grants_it_a_lock_exception(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        var draftA = await scenario.DraftAsync(scenario.Alice, scenario.LedByA, scenario.OrganisationA, round.Id);
        scenario.Clock.SetToday(ReportingScenario.Closes.AddDays(1));

        await using (var db = scenario.Context(scenario.Alice))
        {
            var save = await ReportingScenario.Updates(db).SaveDraftAsync(draftA.Id, ReportingScenario.Filled(CommitmentStatus.OnTrack), draftA.Version, scenario.Alice);
            var start = await ReportingScenario.Updates(db).GetOrCreateDraftAsync(scenario.Shared, scenario.OrganisationA, round.Id, scenario.Alice);
            const string locked = "The round 'Quarter 3 2025/26 updates' closed on 30 January 2026 and is locked: ask the committee clerk for a lock exception";
            Assert.Equal(locked, Assert.Single(save.Errors).Message);
            Assert.Equal(locked, Assert.Single(start.Errors).Message);
            Assert.Null((await db.Set<CommitmentUpdate>().SingleAsync()).Progress);
        }

        await using (var db = scenario.Context(scenario.Carol))
        {
            var grant = await new ReportingRoundService(db).GrantLockExceptionAsync(round.Id, scenario.OrganisationA, ReportingScenario.Closes.AddDays(7), "Board papers were late", scenario.Carol);
            Assert.True(grant.Succeeded);
            var overview = (await new ReportingRoundService(db).GetAsync(round.Id))!;
            Assert.Equal(RoundPhase.Locked, overview.Phase);
            Assert.Equal([RoundPhase.OpenByException, RoundPhase.Locked], overview.Completion.Select(c => c.Phase));
        }

        await using (var db = scenario.Context(scenario.Alice))
        {
            var saved = await ReportingScenario.Updates(db).SubmitAsync(draftA.Id, ReportingScenario.Filled(CommitmentStatus.OnTrack), draftA.Version, scenario.Alice);
            Assert.True(saved.Succeeded);
        }

        await using (var db = scenario.Context(scenario.Bob))
        {
            var bob = await ReportingScenario.Updates(db).GetOrCreateDraftAsync(scenario.LedByB, scenario.OrganisationB, round.Id, scenario.Bob);
            Assert.StartsWith("The round 'Quarter 3 2025/26 updates' closed on 30 January 2026", Assert.Single(bob.Errors).Message, StringComparison.Ordinal);
        }

        scenario.Clock.SetToday(ReportingScenario.Closes.AddDays(8));
        await using (var db = scenario.Context(scenario.Alice))
        {
            var late = await ReportingScenario.Updates(db).GetOrCreateDraftAsync(scenario.Shared, scenario.OrganisationA, round.Id, scenario.Alice);
            Assert.False(late.Succeeded, "The exception ran until 6 February inclusive.");
        }
    }

    [Theory, BothDatabases]
    public async Task A_lock_exception_must_run_past_the_close_and_give_a_reason_and_granting_again_replaces_it(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        await using var db = scenario.Context(scenario.Carol);
        var rounds = new ReportingRoundService(db);

        var invalid = await rounds.GrantLockExceptionAsync(round.Id, Guid.CreateVersion7(), ReportingScenario.Closes, " ", scenario.Carol);
        var first = await rounds.GrantLockExceptionAsync(round.Id, scenario.OrganisationB, ReportingScenario.Closes.AddDays(3), "Sickness", scenario.Carol);
        var second = await rounds.GrantLockExceptionAsync(round.Id, scenario.OrganisationB, ReportingScenario.Closes.AddDays(10), "Still off sick", scenario.Carol);

        Assert.Equal(
            [("organisation", "Select the organisation the exception is for"), ("until", "The exception must run past the round's closing date, 30 January 2026"), ("reason", "Enter the reason for the exception")],
            invalid.Errors.Select(e => (e.Field, e.Message)));
        Assert.True(first.Succeeded && second.Succeeded);
        await using var check = scenario.Context();
        var stored = await check.Set<RoundLockException>().SingleAsync();
        Assert.Equal((ReportingScenario.Closes.AddDays(10), "Still off sick", "Carol Clerk", 1), (stored.Until, stored.Reason, stored.GrantedByName, stored.Version));
    }

    [Theory, BothDatabases]
    public async Task The_current_round_is_the_one_that_opened_last(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        await scenario.OpenRoundAsync();
        await using (var db = scenario.Context(scenario.Carol))
        {
            var next = await new ReportingRoundService(db).OpenAsync("Quarter 4 2025/26 updates", "Q4 2025/26", new DateOnly(2026, 4, 6), new DateOnly(2026, 4, 30), scenario.Carol);
            Assert.True(next.Succeeded);
        }

        await using var check = scenario.Context(scenario.Carol);
        var rounds = new ReportingRoundService(check);
        Assert.Equal("Quarter 3 2025/26 updates", (await rounds.FindCurrentAsync())!.Name);
        scenario.Clock.SetToday(new DateOnly(2026, 4, 6));
        Assert.Equal("Quarter 4 2025/26 updates", (await rounds.FindCurrentAsync())!.Name);
        Assert.Equal(["Quarter 4 2025/26 updates", "Quarter 3 2025/26 updates"], (await rounds.ListAsync()).Select(r => r.Name));
    }
}
