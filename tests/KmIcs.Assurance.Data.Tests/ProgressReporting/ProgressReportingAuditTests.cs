using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Tests.ProgressReporting;

/// <summary>Every step of a round is in the audit log, by whom, because every write goes through SaveChanges.</summary>
public class ProgressReportingAuditTests
{
    [Theory, BothDatabases]
    public async Task Every_step_of_a_round_leaves_an_audit_entry_naming_who_took_it(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        var submitted = await scenario.SubmitAsync(scenario.Alice, scenario.LedByA, scenario.OrganisationA, round.Id, CommitmentStatus.OnTrack);
        await using (var db = scenario.Context(scenario.Carol))
        {
            var returned = await ReportingScenario.Updates(db).ReturnAsync(submitted.Id, submitted.Version, "Add the dates", scenario.Carol);
            Assert.True(returned.Succeeded);
            submitted = returned.Update!;
        }

        await using (var db = scenario.Context(scenario.Alice))
        {
            var resubmitted = await ReportingScenario.Updates(db).SubmitAsync(submitted.Id, ReportingScenario.Filled(CommitmentStatus.OnTrack), submitted.Version, scenario.Alice);
            submitted = resubmitted.Update!;
        }

        await using (var db = scenario.Context(scenario.Carol))
        {
            Assert.True((await ReportingScenario.Updates(db).ApproveAsync(submitted.Id, submitted.Version, "Thank you", scenario.Carol)).Succeeded);
            Assert.True((await new ReportingRoundService(db).GrantLockExceptionAsync(round.Id, scenario.OrganisationB, ReportingScenario.Closes.AddDays(5), "Late board", scenario.Carol)).Succeeded);
        }

        await using (var db = scenario.Context())
        {
            await new ReminderPlanner(db).PlanAsync(ReportingScenario.Today);
        }

        await using var check = scenario.Context();
        var entries = await check.AuditEntries.Where(e => e.TenantId == scenario.Tenant.TenantId).ToListAsync();
        string[] Who(string type, string action) => entries.Where(e => e.EntityType == type && e.Action == action).Select(e => e.UserName!).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(["Carol Clerk"], Who(nameof(ReportingRound), AuditActions.Created));
        Assert.Equal(["Alice Archer"], Who(nameof(CommitmentUpdate), AuditActions.Created));
        // Submit, return, resubmit, approve: one update each, by the person who did it.
        Assert.Equal(["Alice Archer", "Alice Archer", "Carol Clerk", "Carol Clerk"], Who(nameof(CommitmentUpdate), AuditActions.Updated));
        Assert.Equal(["Alice Archer", "Alice Archer", "Carol Clerk", "Carol Clerk"], Who(nameof(CommitmentUpdateEvent), AuditActions.Created));
        Assert.Equal(["Carol Clerk"], Who(nameof(CommitmentStatusDecision), AuditActions.Created));
        Assert.Equal(["Carol Clerk"], Who(nameof(CommitmentStatusDecisionSource), AuditActions.Created));
        Assert.Equal(["Carol Clerk"], Who(nameof(RoundLockException), AuditActions.Created));
        Assert.Equal(3, Who(nameof(ReminderEmail), AuditActions.Created).Length);
        var approval = entries.Where(e => e.EntityType == nameof(CommitmentUpdate) && e.Action == AuditActions.Updated).OrderBy(e => e.After!.Contains("Approved", StringComparison.Ordinal)).Last();
        Assert.Contains("\"State\":\"Approved\"", approval.After, StringComparison.Ordinal);
        Assert.Contains("\"State\":\"Submitted\"", approval.Before, StringComparison.Ordinal);
    }
}
