using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Tests.ProgressReporting;

/// <summary>A lead body's update from draft to approval: who may write it, what it must contain, and concurrent edits.</summary>
public class CommitmentUpdateServiceTests
{
    [Theory, BothDatabases]
    public async Task Colleagues_share_one_draft_per_commitment_and_round_and_the_author_is_never_overwritten(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();

        var alices = await scenario.DraftAsync(scenario.Alice, scenario.LedByA, scenario.OrganisationA, round.Id);
        var anns = await scenario.DraftAsync(scenario.Ann, scenario.LedByA, scenario.OrganisationA, round.Id);
        scenario.Clock.Advance(TimeSpan.FromHours(1));
        await using (var db = scenario.Context(scenario.Ann))
        {
            var saved = await ReportingScenario.Updates(db).SaveDraftAsync(anns.Id, new CommitmentUpdateInput { Progress = "  Two hubs open.  " }, anns.Version, scenario.Ann);
            Assert.True(saved.Succeeded);
        }

        await using var check = scenario.Context();
        var stored = await check.Set<CommitmentUpdate>().SingleAsync();
        Assert.Equal(alices.Id, anns.Id);
        Assert.Equal((UpdateState.Draft, "Two hubs open.", null, 1), (stored.State, stored.Progress, stored.Status, stored.Version));
        Assert.Equal((scenario.Alice.UserId, "Alice Archer"), (stored.AuthorId, stored.AuthorName));
        Assert.Equal(("Ann Abbott", scenario.Clock.Now), (stored.UpdatedByName, stored.UpdatedAt));
    }

    [Theory, BothDatabases]
    public async Task A_lead_partner_of_one_organisation_cannot_write_for_a_commitment_led_only_by_another(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        var bobs = await scenario.DraftAsync(scenario.Bob, scenario.LedByB, scenario.OrganisationB, round.Id);
        await using var db = scenario.Context(scenario.Alice);
        var updates = ReportingScenario.Updates(db);

        var asOwnOrganisation = await updates.GetOrCreateDraftAsync(scenario.LedByB, scenario.OrganisationA, round.Id, scenario.Alice);
        var asTheLeadBody = await updates.GetOrCreateDraftAsync(scenario.LedByB, scenario.OrganisationB, round.Id, scenario.Alice);
        var intoTheirDraft = await updates.SubmitAsync(bobs.Id, ReportingScenario.Filled(CommitmentStatus.OffTrack), bobs.Version, scenario.Alice);
        var asAMember = await ReportingScenario.Updates(db).GetOrCreateDraftAsync(scenario.LedByA, scenario.OrganisationA, round.Id, scenario.Max);

        Assert.Equal(("organisation", "Council of reporting does not lead this commitment, so it cannot report on it"), Single(asOwnOrganisation));
        Assert.Equal(("organisation", "You can only write updates for the organisations you act for"), Single(asTheLeadBody));
        Assert.Equal(("organisation", "You can only write updates for the organisations you act for"), Single(intoTheirDraft));
        Assert.Equal(("organisation", "You can only write updates for the organisations you act for"), Single(asAMember));
        var stored = await db.Set<CommitmentUpdate>().AsNoTracking().SingleAsync();
        Assert.Equal((bobs.Id, UpdateState.Draft, 0), (stored.Id, stored.State, stored.Version));
    }

    [Theory, BothDatabases]
    public async Task Two_people_saving_the_same_draft_get_a_conflict_naming_what_changed_and_nothing_is_lost(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        var draft = await scenario.DraftAsync(scenario.Alice, scenario.LedByA, scenario.OrganisationA, round.Id);

        // Both open the form on version 0; Alice saves first.
        await using var alicesRequest = scenario.Context(scenario.Alice);
        await using var annsRequest = scenario.Context(scenario.Ann);
        var opened = CommitmentUpdateInput.From(draft);
        var alices = await ReportingScenario.Updates(alicesRequest).SaveDraftAsync(draft.Id, opened with { Progress = "Alice's account of progress", Status = CommitmentStatus.OnTrack }, draft.Version, scenario.Alice, opened);
        var anns = await ReportingScenario.Updates(annsRequest).SaveDraftAsync(draft.Id, opened with { Progress = "Ann's account of progress", NextSteps = "Ann's next steps" }, draft.Version, scenario.Ann, opened);

        Assert.True(alices.Succeeded);
        Assert.False(anns.Succeeded);
        Assert.NotNull(anns.Conflict);
        Assert.Equal(["status", "progress"], anns.Conflict.ChangedFields);
        Assert.Equal(
            [("status", "Status was changed by Alice Archer while you were editing. Check their version, then save your changes again"),
             ("progress", "Progress was changed by Alice Archer while you were editing. Check their version, then save your changes again")],
            anns.Errors.Select(e => (e.Field, e.Message)));
        Assert.Equal(("Alice's account of progress", 1), (anns.Conflict.Current.Progress, anns.Conflict.Current.Version));

        await using (var check = scenario.Context())
        {
            var stored = await check.Set<CommitmentUpdate>().SingleAsync();
            Assert.Equal(("Alice's account of progress", CommitmentStatus.OnTrack, null, 1), (stored.Progress, stored.Status, stored.NextSteps, stored.Version));
        }

        // Ann has seen Alice's version and saves deliberately on top of it.
        await using var annAgain = scenario.Context(scenario.Ann);
        var resaved = await ReportingScenario.Updates(annAgain).SaveDraftAsync(draft.Id, new CommitmentUpdateInput { Status = CommitmentStatus.OnTrack, Progress = "Both accounts merged", NextSteps = "Ann's next steps" }, anns.Conflict.Current.Version, scenario.Ann);
        Assert.True(resaved.Succeeded);
        Assert.Equal(2, resaved.Update!.Version);
    }

    [Theory, BothDatabases]
    public async Task The_database_refuses_a_save_from_a_stale_copy_of_an_update(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        var draft = await scenario.DraftAsync(scenario.Alice, scenario.LedByA, scenario.OrganisationA, round.Id);
        await using var first = scenario.Context(scenario.Alice);
        await using var second = scenario.Context(scenario.Ann);
        var a = await first.Set<CommitmentUpdate>().SingleAsync(u => u.Id == draft.Id);
        var b = await second.Set<CommitmentUpdate>().SingleAsync(u => u.Id == draft.Id);

        a.Progress = "first";
        a.Version++;
        await first.SaveChangesAsync();
        b.Progress = "second";
        b.Version++;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = scenario.Context();
        Assert.Equal("first", (await check.Set<CommitmentUpdate>().SingleAsync()).Progress);
    }

    [Theory, BothDatabases]
    public async Task Submitting_needs_a_status_and_progress_within_the_length_limits_and_a_web_link_as_evidence(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        var draft = await scenario.DraftAsync(scenario.Alice, scenario.LedByA, scenario.OrganisationA, round.Id);
        await using var db = scenario.Context(scenario.Alice);
        var updates = ReportingScenario.Updates(db);

        var empty = await updates.SubmitAsync(draft.Id, new CommitmentUpdateInput { Progress = "   ", RisksAndIssues = new string('r', 4001), EvidenceUrl = "javascript:alert(1)" }, draft.Version, scenario.Alice);
        var ftp = await updates.SubmitAsync(draft.Id, ReportingScenario.Filled(CommitmentStatus.OnTrack) with { EvidenceUrl = "ftp://files.example/board.pdf" }, draft.Version, scenario.Alice);
        var relative = await updates.SaveDraftAsync(draft.Id, new CommitmentUpdateInput { EvidenceUrl = "/board-papers" }, draft.Version, scenario.Alice);

        Assert.Equal(
            [("status", "Select a status for the commitment"), ("progress", "Enter the progress made"),
             ("risks-and-issues", "Risks and issues must be 4000 characters or fewer"),
             ("evidence-url", "Enter the link to evidence as a full web address starting with https://")],
            empty.Errors.Select(e => (e.Field, e.Message)));
        Assert.Equal(["evidence-url"], ftp.Errors.Select(e => e.Field));
        Assert.Equal(["evidence-url"], relative.Errors.Select(e => e.Field));
        await using (var check = scenario.Context())
        {
            var stored = await check.Set<CommitmentUpdate>().SingleAsync();
            Assert.Equal((UpdateState.Draft, null, 0), (stored.State, stored.Progress, stored.Version));
        }

        var submitted = await updates.SubmitAsync(draft.Id, ReportingScenario.Filled(CommitmentStatus.SomeRisk), draft.Version, scenario.Alice);
        Assert.True(submitted.Succeeded);
        Assert.Equal((UpdateState.Submitted, "Alice Archer", scenario.Clock.Now), (submitted.Update!.State, submitted.Update.SubmittedByName, submitted.Update.SubmittedAt));
        var again = await ReportingScenario.Updates(db).SaveDraftAsync(draft.Id, ReportingScenario.Filled(CommitmentStatus.OnTrack), submitted.Update.Version, scenario.Alice);
        Assert.Equal("This update was submitted by Alice Archer, so it can no longer be changed", Assert.Single(again.Errors).Message);
    }

    [Theory, BothDatabases]
    public async Task Returning_an_update_needs_a_comment_and_the_lead_body_can_then_change_and_resubmit_it(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        var submitted = await scenario.SubmitAsync(scenario.Alice, scenario.LedByA, scenario.OrganisationA, round.Id, CommitmentStatus.OnTrack);

        CommitmentUpdate returned;
        await using (var db = scenario.Context(scenario.Carol))
        {
            var updates = ReportingScenario.Updates(db);
            var noComment = await updates.ReturnAsync(submitted.Id, submitted.Version, "  ", scenario.Carol);
            Assert.Equal(("comment", "Enter a comment saying what the lead body needs to change"), Single(noComment));
            var result = await updates.ReturnAsync(submitted.Id, submitted.Version, "Say which hubs have opened", scenario.Carol);
            Assert.True(result.Succeeded);
            returned = result.Update!;
        }

        await using (var db = scenario.Context(scenario.Ann))
        {
            var resubmitted = await ReportingScenario.Updates(db).SubmitAsync(returned.Id, ReportingScenario.Filled(CommitmentStatus.OnTrack) with { Progress = "Hubs in Medway, Swale and Sheppey" }, returned.Version, scenario.Ann);
            Assert.True(resubmitted.Succeeded);
        }

        await using var check = scenario.Context(scenario.Carol);
        var history = await ReportingScenario.Updates(check).FindAsync(submitted.Id);
        Assert.Equal(
            [(UpdateEventKind.Submitted, "Alice Archer", null), (UpdateEventKind.Returned, "Carol Clerk", "Say which hubs have opened"), (UpdateEventKind.Submitted, "Ann Abbott", null)],
            history!.Events.Select(e => (e.Kind, e.ByName, e.Comment)));
        Assert.Equal((UpdateState.Submitted, "Alice Archer", "Ann Abbott", "Carol Clerk"), (history.State, history.AuthorName, history.SubmittedByName, history.ReviewedByName));
        Assert.Equal("Council of reporting", history.Organisation!.Name);
    }

    [Theory, BothDatabases]
    public async Task Only_clerks_and_tenant_admins_review_and_only_from_the_version_they_read(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        var submitted = await scenario.SubmitAsync(scenario.Alice, scenario.LedByA, scenario.OrganisationA, round.Id, CommitmentStatus.OnTrack);
        await using var db = scenario.Context(scenario.Carol);
        var updates = ReportingScenario.Updates(db);

        var byTheAuthor = await updates.ApproveAsync(submitted.Id, submitted.Version, null, scenario.Alice);
        var stale = await updates.ApproveAsync(submitted.Id, submitted.Version - 1, null, scenario.Carol);
        var draftApproval = await updates.ApproveAsync(Guid.CreateVersion7(), 0, null, scenario.Carol);

        Assert.Equal("Only committee clerks and tenant admins can do this", Assert.Single(byTheAuthor.Errors).Message);
        Assert.Equal("This update changed after you opened it (it is now submitted). Check it again before you review it", Assert.Single(stale.Errors).Message);
        Assert.NotNull(stale.Conflict);
        Assert.Equal("Update not found", Assert.Single(draftApproval.Errors).Message);
        Assert.Equal(UpdateState.Submitted, (await db.Set<CommitmentUpdate>().AsNoTracking().SingleAsync()).State);
    }

    [Theory, BothDatabases]
    public async Task Approving_the_update_of_a_single_lead_commitment_records_its_overall_status(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        scenario.Clock.Advance(TimeSpan.FromDays(1));
        var approved = await scenario.ApprovedAsync(scenario.Alice, scenario.LedByA, scenario.OrganisationA, round.Id, CommitmentStatus.SomeRisk);

        await using var db = scenario.Context(scenario.Carol);
        var decision = await db.Set<CommitmentStatusDecision>().Include(d => d.Sources).SingleAsync();
        Assert.Equal((scenario.LedByA, round.Id, CommitmentStatus.SomeRisk, 1, null), (decision.CommitmentId, decision.ReportingRoundId, decision.Status, decision.Sequence, decision.Reason));
        Assert.Equal(("Carol Clerk", scenario.Clock.Now), (decision.DecidedByName, decision.DecidedAt));
        Assert.Equal([approved.Id], decision.Sources.Select(s => s.UpdateId));
        Assert.Equal((UpdateState.Approved, "Carol Clerk"), (approved.State, approved.ReviewedByName));
    }

    [Theory, BothDatabases]
    public async Task Approving_an_update_of_a_commitment_with_several_lead_bodies_leaves_the_overall_status_to_the_clerk(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        await scenario.ApprovedAsync(scenario.Alice, scenario.Shared, scenario.OrganisationA, round.Id, CommitmentStatus.OnTrack);

        await using var db = scenario.Context(scenario.Carol);
        Assert.False(await db.Set<CommitmentStatusDecision>().AnyAsync());
        Assert.Empty(await new CommitmentStatusService(db).CurrentStatusAsync([scenario.Shared]));
    }

    [Theory, BothDatabases]
    public async Task My_updates_lists_the_commitments_my_organisations_lead_with_what_is_due_and_overdue(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        await scenario.SubmitAsync(scenario.Alice, scenario.LedByA, scenario.OrganisationA, round.Id, CommitmentStatus.OnTrack);

        await using (var db = scenario.Context(scenario.Alice))
        {
            var mine = await ReportingScenario.Updates(db).ListAssignedAsync(scenario.Alice);
            Assert.Equal(
                [(scenario.LedByA, UpdateState.Submitted, false, false), (scenario.Shared, (UpdateState?)null, true, false)],
                mine.Select(m => (m.CommitmentId, m.Update?.State, m.IsOutstanding, m.IsOverdue)));
            Assert.All(mine, m => Assert.Equal((round.Id, RoundPhase.Open), (m.Round!.Id, m.Phase!.Value)));
            Assert.Empty(await ReportingScenario.Updates(db).ListAssignedAsync(scenario.Carol));
        }

        scenario.Clock.SetToday(ReportingScenario.Closes.AddDays(1));
        await using var later = scenario.Context(scenario.Bob);
        var bobs = await ReportingScenario.Updates(later).ListAssignedAsync(scenario.Bob);
        Assert.Equal([(scenario.LedByB, true), (scenario.Shared, true)], bobs.Select(m => (m.CommitmentId, m.IsOverdue)));
        Assert.All(bobs, m => Assert.Equal(("Medway NHS Foundation Trust", RoundPhase.Locked), (m.OrganisationName, m.Phase!.Value)));
    }

    [Theory, BothDatabases]
    public async Task A_commitments_history_holds_every_update_of_every_round_with_its_review_steps(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        await scenario.ApprovedAsync(scenario.Alice, scenario.Shared, scenario.OrganisationA, round.Id, CommitmentStatus.OnTrack);
        await scenario.SubmitAsync(scenario.Bob, scenario.Shared, scenario.OrganisationB, round.Id, CommitmentStatus.OffTrack);

        await using var db = scenario.Context(scenario.Carol);
        var updates = ReportingScenario.Updates(db);
        var all = await updates.ListForCommitmentAsync(scenario.Shared);
        var approved = await updates.ListForCommitmentAsync(scenario.Shared, approvedOnly: true);
        var queue = await updates.ListSubmittedAsync(round.Id);

        Assert.Equal(["Council of reporting", "Medway NHS Foundation Trust"], all.Select(u => u.Organisation!.Name));
        Assert.Equal([UpdateEventKind.Submitted, UpdateEventKind.Approved], all[0].Events.Select(e => e.Kind));
        Assert.Equal("Quarter 3 2025/26 updates", all[0].ReportingRound!.Name);
        Assert.Equal([scenario.OrganisationA], approved.Select(u => u.OrganisationId));
        Assert.Equal([scenario.OrganisationB], queue.Select(u => u.OrganisationId));
    }

    [Theory, BothDatabases]
    public async Task Starting_an_update_writes_it_with_its_values_in_one_save_or_writes_nothing(DatabaseProvider provider)
    {
        await using var scenario = await ReportingScenario.CreateAsync(provider);
        var round = await scenario.OpenRoundAsync();
        await using var db = scenario.Context(scenario.Alice);
        var updates = ReportingScenario.Updates(db);

        var incomplete = await updates.StartAsync(scenario.LedByA, scenario.OrganisationA, round.Id, new CommitmentUpdateInput { RisksAndIssues = "Recruitment" }, submit: true, scenario.Alice);
        var nothingWritten = await db.Set<CommitmentUpdate>().AsNoTracking().AnyAsync();
        var submitted = await updates.StartAsync(scenario.LedByA, scenario.OrganisationA, round.Id, ReportingScenario.Filled(CommitmentStatus.OnTrack), submit: true, scenario.Alice);
        await using var annsRequest = scenario.Context(scenario.Ann);
        var second = await ReportingScenario.Updates(annsRequest).StartAsync(scenario.LedByA, scenario.OrganisationA, round.Id, ReportingScenario.Filled(CommitmentStatus.OffTrack), submit: false, scenario.Ann);

        Assert.Equal(["status", "progress"], incomplete.Errors.Select(e => e.Field));
        Assert.False(nothingWritten);
        Assert.True(submitted.Succeeded, string.Join("; ", submitted.Errors));
        Assert.NotNull(second.Conflict);
        Assert.Equal(submitted.Update!.Id, second.Conflict.Current.Id);
        await using var check = scenario.Context();
        var stored = await check.Set<CommitmentUpdate>().Include(u => u.Events).SingleAsync();
        Assert.Equal((UpdateState.Submitted, CommitmentStatus.OnTrack, 0), (stored.State, stored.Status, stored.Version));
        Assert.Equal([UpdateEventKind.Submitted], stored.Events.Select(e => e.Kind));
    }

    private static (string Field, string Message) Single(CommitmentUpdateResult result)
    {
        var error = Assert.Single(result.Errors);
        return (error.Field, error.Message);
    }
}
