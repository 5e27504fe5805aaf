using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Tests.ProgressReporting;

/// <summary>The clerk's overall status for a commitment, and the current status dashboards read.</summary>
public class CommitmentStatusServiceTests
{
    [Theory, BothDatabases]
    public async Task When_the_lead_bodies_ratings_differ_the_overall_status_needs_a_reason(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        var a = await scenario.ApprovedAsync(scenario.Alice, scenario.Shared, scenario.OrganisationA, round.Id, CommitmentStatus.OnTrack);
        var b = await scenario.ApprovedAsync(scenario.Bob, scenario.Shared, scenario.OrganisationB, round.Id, CommitmentStatus.OffTrack);
        await using var db = scenario.Context(scenario.Carol);
        var statuses = new CommitmentStatusService(db);

        var ratings = await statuses.ApprovedRatingsAsync(scenario.Shared, round.Id);
        var withoutReason = await statuses.SetOverallStatusAsync(scenario.Shared, round.Id, CommitmentStatus.SomeRisk, " ", scenario.Carol);
        var withReason = await statuses.SetOverallStatusAsync(scenario.Shared, round.Id, CommitmentStatus.SomeRisk, "The trust's delay puts the joint plan at risk", scenario.Carol);

        Assert.Equal([("Council of reporting", CommitmentStatus.OnTrack), ("Medway NHS Foundation Trust", CommitmentStatus.OffTrack)], ratings.Select(r => (r.OrganisationName, r.Status)));
        var error = Assert.Single(withoutReason.Errors);
        Assert.Equal(("reason", "Enter a reason: the lead bodies' ratings differ"), (error.Field, error.Message));
        Assert.True(withReason.Succeeded);
        var stored = await db.Set<CommitmentStatusDecision>().AsNoTracking().Include(d => d.Sources).SingleAsync();
        Assert.Equal((CommitmentStatus.SomeRisk, "The trust's delay puts the joint plan at risk", "Carol Clerk"), (stored.Status, stored.Reason, stored.DecidedByName));
        Assert.Equal(new[] { a.Id, b.Id }.Order(), stored.Sources.Select(s => s.UpdateId).Order());
    }

    [Theory, BothDatabases]
    public async Task A_status_other_than_the_rating_the_lead_bodies_agree_on_needs_a_reason_and_the_agreed_one_does_not(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        await scenario.ApprovedAsync(scenario.Alice, scenario.Shared, scenario.OrganisationA, round.Id, CommitmentStatus.OnTrack);
        await scenario.ApprovedAsync(scenario.Bob, scenario.Shared, scenario.OrganisationB, round.Id, CommitmentStatus.OnTrack);
        await using var db = scenario.Context(scenario.Carol);
        var statuses = new CommitmentStatusService(db);

        var overridden = await statuses.SetOverallStatusAsync(scenario.Shared, round.Id, CommitmentStatus.SomeRisk, null, scenario.Carol);
        var agreed = await statuses.SetOverallStatusAsync(scenario.Shared, round.Id, CommitmentStatus.OnTrack, null, scenario.Carol);
        var missing = await statuses.SetOverallStatusAsync(scenario.Shared, round.Id, null, null, scenario.Carol);

        Assert.Equal("Enter a reason: the overall status differs from the lead body's rating", Assert.Single(overridden.Errors).Message);
        Assert.True(agreed.Succeeded);
        var error = Assert.Single(missing.Errors);
        Assert.Equal(("status", "Select the commitment's overall status"), (error.Field, error.Message));
        Assert.False(CommitmentStatusService.ReasonRequired([CommitmentStatus.OnTrack, CommitmentStatus.OnTrack], CommitmentStatus.OnTrack));
        Assert.True(CommitmentStatusService.ReasonRequired([CommitmentStatus.OnTrack, CommitmentStatus.Complete], CommitmentStatus.OnTrack));
    }

    [Theory, BothDatabases]
    public async Task The_overall_status_rests_on_approved_updates_and_only_a_clerk_or_tenant_admin_sets_it(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        await scenario.SubmitAsync(scenario.Alice, scenario.Shared, scenario.OrganisationA, round.Id, CommitmentStatus.OnTrack);
        await using var db = scenario.Context(scenario.Carol);
        var statuses = new CommitmentStatusService(db);

        var nothingApproved = await statuses.SetOverallStatusAsync(scenario.Shared, round.Id, CommitmentStatus.OnTrack, null, scenario.Carol);
        var byALeadPartner = await statuses.SetOverallStatusAsync(scenario.Shared, round.Id, CommitmentStatus.OnTrack, "We say so", scenario.Alice);

        Assert.Equal("No lead body's update has been approved yet: approve an update before setting the overall status", Assert.Single(nothingApproved.Errors).Message);
        Assert.Equal("Only committee clerks and tenant admins can do this", Assert.Single(byALeadPartner.Errors).Message);
        Assert.False(await db.Set<CommitmentStatusDecision>().AnyAsync());
    }

    [Theory, BothDatabases]
    public async Task The_current_status_is_each_commitments_latest_decision_read_in_one_command(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        await scenario.ApprovedAsync(scenario.Alice, scenario.LedByA, scenario.OrganisationA, round.Id, CommitmentStatus.OnTrack);
        await scenario.ApprovedAsync(scenario.Alice, scenario.Shared, scenario.OrganisationA, round.Id, CommitmentStatus.SomeRisk);
        await using (var db = scenario.Context(scenario.Carol))
        {
            var statuses = new CommitmentStatusService(db);
            Assert.True((await statuses.SetOverallStatusAsync(scenario.Shared, round.Id, CommitmentStatus.SomeRisk, null, scenario.Carol)).Succeeded);
        }

        // Same clock time as the automatic decision: the sequence, not the time, says which is latest.
        await using (var db = scenario.Context(scenario.Carol))
        {
            var statuses = new CommitmentStatusService(db);
            Assert.True((await statuses.SetOverallStatusAsync(scenario.LedByA, round.Id, CommitmentStatus.OffTrack, "Funding withdrawn after the update was written", scenario.Carol)).Succeeded);
        }

        var counter = new CommandCounter();
        await using var check = scenario.Context(scenario.Max, counter);
        var current = await new CommitmentStatusService(check).CurrentStatusAsync([scenario.LedByA, scenario.LedByB, scenario.Shared, scenario.LedByA]);

        Assert.Equal(1, counter.Count);
        Assert.Equal(2, current.Count);
        Assert.Equal(CommitmentStatus.OffTrack, current[scenario.LedByA].Status);
        Assert.Equal(CommitmentStatus.SomeRisk, current[scenario.Shared].Status);
        Assert.Equal((scenario.Clock.Now, round.Id), (current[scenario.LedByA].DecidedAt, current[scenario.LedByA].ReportingRoundId));
        Assert.False(current.ContainsKey(scenario.LedByB));
        var history = await new CommitmentStatusService(check).ListDecisionsAsync(scenario.LedByA);
        Assert.Equal([(2, CommitmentStatus.OffTrack), (1, CommitmentStatus.OnTrack)], history.Select(d => (d.Sequence, d.Status)));
    }
}
