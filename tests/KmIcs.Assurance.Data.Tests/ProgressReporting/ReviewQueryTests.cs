using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Testing.Databases;

namespace KmIcs.Assurance.Data.Tests.ProgressReporting;

/// <summary>What the review pages read: the queue of submitted updates across rounds, and the commitment under review.</summary>
public class ReviewQueryTests
{
    [Theory, BothDatabases]
    public async Task The_queue_lists_each_rounds_submitted_updates_oldest_first_latest_round_first_in_one_command(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var winter = await scenario.OpenRoundAsync();
        ReportingRound late;
        ReportingRound quiet;
        await using (var setup = scenario.Context(scenario.Carol))
        {
            var rounds = new ReportingRoundService(setup);
            late = (await rounds.OpenAsync("Late winter updates", "Q4 2025/26", ReportingScenario.Opens.AddDays(5), ReportingScenario.Closes, scenario.Carol)).Value!;
            quiet = (await rounds.OpenAsync("Quiet round", "Q4 2025/26", ReportingScenario.Opens.AddDays(1), ReportingScenario.Closes, scenario.Carol)).Value!;
        }

        var first = await scenario.SubmitAsync(scenario.Bob, scenario.Shared, scenario.OrganisationB, winter.Id, CommitmentStatus.OffTrack);
        scenario.Clock.Advance(TimeSpan.FromHours(1));
        var second = await scenario.SubmitAsync(scenario.Alice, scenario.LedByA, scenario.OrganisationA, winter.Id, CommitmentStatus.OnTrack);
        await scenario.ApprovedAsync(scenario.Ann, scenario.Shared, scenario.OrganisationA, winter.Id, CommitmentStatus.OnTrack);
        var lateOne = await scenario.SubmitAsync(scenario.Bob, scenario.LedByB, scenario.OrganisationB, late.Id, CommitmentStatus.SomeRisk);
        await scenario.DraftAsync(scenario.Alice, scenario.LedByA, scenario.OrganisationA, quiet.Id);

        var counter = new CommandCounter();
        await using var db = scenario.Context(scenario.Carol, counter);
        var queue = await new ReviewQuery(db).QueueAsync();

        Assert.Equal(1, counter.Count);
        Assert.Equal([late.Id, winter.Id], queue.Select(q => q.Round.Id));
        Assert.Equal(["Late winter updates", "Quarter 3 2025/26 updates"], queue.Select(q => q.Round.Name));
        Assert.Equal([lateOne.Id], queue[0].Updates.Select(u => u.Id));
        Assert.Equal([first.Id, second.Id], queue[1].Updates.Select(u => u.Id));
        Assert.Equal(
            [("Medway NHS Foundation Trust", "Bob Baker", "Join up support for families across health and care", "1"),
             ("Council of reporting", "Alice Archer", "Open family hubs in reporting", "1")],
            queue[1].Updates.Select(u => (u.OrganisationName, u.SubmittedByName, u.Commitment?.Text, u.Commitment?.OutcomeNumber)));
        Assert.Equal((scenario.Clock.Now - TimeSpan.FromHours(1), scenario.Clock.Now), (queue[1].Updates[0].SubmittedAt, queue[1].Updates[1].SubmittedAt));
        Assert.Equal([scenario.LedByB], queue[0].Updates.Select(u => u.Commitment!.Id));
    }

    [Theory, BothDatabases]
    public async Task The_reviewed_commitment_has_its_lead_bodies_by_name_and_an_unknown_one_is_not_found(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        await using var db = scenario.Context(scenario.Carol);
        var reviews = new ReviewQuery(db);

        var shared = await reviews.CommitmentAsync(scenario.Shared);
        var unknown = await reviews.CommitmentAsync(Guid.NewGuid());

        Assert.Equal(("Join up support for families across health and care", "1"), (shared!.Text, shared.OutcomeNumber));
        Assert.Equal(["Council of reporting", "Medway NHS Foundation Trust"], shared.LeadBodies.Select(l => l.Name));
        Assert.Null(unknown);
    }
}
