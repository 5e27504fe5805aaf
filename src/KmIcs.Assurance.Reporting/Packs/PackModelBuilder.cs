using KmIcs.Assurance.Data.Seeding;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Delivery;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Domain.Rules;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Reporting.Dashboards;

namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>
/// Turns a snapshot into the pack's model: the sections in scope, each judged at the as-at date, then the exceptions,
/// the data-quality findings and the assurance log. Pure: the same snapshot and request always make the same model.
/// </summary>
internal static class PackModelBuilder
{
    public static PackModel Build(PackSnapshot snapshot, PackRequest request, PackBaseline? previous, DateTimeOffset logFrom)
    {
        var deep = request.Kind == PackKind.DeepDive;
        var asAt = request.AsAt;
        var staleBefore = new DateTimeOffset(asAt.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - OutcomeCard.StaleAfter;
        var scope = request.Scope;
        var sections = new List<PackSection>();
        foreach (var outcome in snapshot.Outcomes.OrderBy(o => o.DisplayOrder))
        {
            var priorities = outcome.Priorities.OrderBy(p => p.DisplayOrder)
                .Where(p => scope.PriorityId is null || p.Id == scope.PriorityId)
                .Select(p => (Priority: p, Commitments: p.Commitments.OrderBy(c => c.DisplayOrder)
                    .Where(c => !scope.IsSelection || scope.CommitmentIds.Contains(c.Id)).ToList()))
                .Where(p => !scope.IsSelection || p.Commitments.Count > 0)
                .ToList();
            var indicators = snapshot.Indicators
                .Where(i => i.OutcomeId == outcome.Id && (!scope.IsSelection || scope.IndicatorRefs.Contains(i.Ref)))
                .OrderBy(i => i.IndicatorSet).ThenBy(i => i.Ref, RefComparer.Instance)
                .ToList();
            var inScope = scope switch
            {
                { IsStrategy: true } => true,
                { OutcomeNumber: { } number } => outcome.Number == number,
                { PriorityId: not null } => priorities.Count > 0,
                _ => priorities.Count > 0 || indicators.Count > 0,
            };
            if (inScope)
            {
                sections.Add(Section(snapshot, outcome, priorities, indicators, asAt, deep, staleBefore, scope.IsStrategy || scope.OutcomeNumber is not null));
            }
        }

        // The logframe's goal and purpose levels measure the strategy as a whole, not one outcome: an annual pack opens
        // with them; a deep dive is about its scope only.
        var goals = scope.IsStrategy
            ? snapshot.Indicators.Where(i => i.OutcomeId is null)
                .OrderBy(i => i.Level).ThenBy(i => i.Ref, RefComparer.Instance)
                .Select(i => PackIndicators.Describe(i, asAt, deep))
                .ToList()
            : [];
        var exceptions = PackFindings.Exceptions(snapshot, sections, asAt);
        var model = new PackModel(
            PackModel.CurrentFormat,
            request.Kind,
            scope.ToString(),
            ScopeTitle(snapshot, scope),
            request.Title,
            request.Marking,
            asAt,
            request.DocumentVersion,
            snapshot.TakenAt,
            snapshot.Partnership,
            snapshot.Strategy.Title,
            snapshot.Strategy.DocumentVersion,
            request.Meeting,
            goals,
            sections,
            exceptions,
            PackFindings.DataQuality(snapshot, sections, goals),
            PackFindings.AssuranceLog(snapshot, sections, logFrom),
            PackChanges.None);
        return previous is null ? model : model with { Changes = PackComparison.Compare(previous, model) };
    }

    private static PackSection Section(
        PackSnapshot snapshot, Outcome outcome, List<(Priority Priority, List<Commitment> Commitments)> priorities,
        List<Indicator> indicators, DateOnly asAt, bool deep, DateTimeOffset staleBefore, bool wholeOutcome)
    {
        var packIndicators = indicators.Select(i => PackIndicators.Describe(i, asAt, deep)).ToList();
        var packPriorities = priorities
            .Select(p => new PackPriority(p.Priority.Title, p.Commitments.Select(c => Commitment(snapshot, c, deep, staleBefore)).ToList()))
            .ToList();
        var commitments = packPriorities.SelectMany(p => p.Commitments).ToList();
        var examples = wholeOutcome ? outcome.DeliveryExamples.OrderBy(d => d.DisplayOrder).ToList() : [];
        var milestones = examples
            .SelectMany(d => d.Milestones.OrderBy(m => m.DisplayOrder).Select(m => Milestone(snapshot, d, m, asAt)))
            .ToList();
        var statements = outcome.Statements.OrderBy(s => s.DisplayOrder).ToList();
        var keyExceptions = packIndicators.Where(i => i.Rag == Domain.Ratings.Rag.Red).Select(i => $"Indicator {i.Ref} is red")
            .Concat(commitments.Where(c => c.Status == CommitmentStatus.OffTrack).Select(c => $"Commitment off track: {Shorten(c.Text)}"))
            .Concat(milestones.Where(m => m.Overdue).Select(m => $"Milestone overdue: {m.Title}"))
            .ToList();
        var summary = new PackSummary(
            packIndicators.Count,
            packIndicators.GroupBy(i => i.Rag).ToDictionary(g => g.Key, g => g.Count()),
            packIndicators.GroupBy(i => i.Benchmark).ToDictionary(g => g.Key, g => g.Count()),
            packIndicators.GroupBy(i => i.Direction).ToDictionary(g => g.Key, g => g.Count()),
            commitments.Count,
            commitments.Where(c => c.Status is not null).GroupBy(c => c.Status!.Value).ToDictionary(g => g.Key, g => g.Count()),
            commitments.Count(c => c.Status is null),
            milestones.Count,
            milestones.Count(m => m.Overdue),
            keyExceptions);
        return new PackSection(
            outcome.Number,
            outcome.Title,
            outcome.Kind,
            outcome.Narrative,
            statements.Where(s => s.Kind == OutcomeStatementKind.IStatement).Select(s => s.Text).ToList(),
            statements.Where(s => s.Kind == OutcomeStatementKind.WhatWeHeard).Select(s => s.Text).ToList(),
            summary,
            packIndicators,
            packPriorities,
            milestones,
            examples.Select(d => new PackDeliveryExample(
                d.Title,
                d.Description,
                d.LeadBodies.Select(l => snapshot.Organisations.GetValueOrDefault(l.OrganisationId, "")).Where(n => n.Length > 0).Order(StringComparer.Ordinal).ToList(),
                d.Milestones.OrderBy(m => m.DisplayOrder).Select(m => Milestone(snapshot, d, m, asAt)).ToList())).ToList(),
            deep ? Completion(snapshot, priorities.SelectMany(p => p.Commitments).ToList()) : []);
    }

    private static PackCommitment Commitment(PackSnapshot snapshot, Commitment commitment, bool deep, DateTimeOffset staleBefore)
    {
        var decisions = snapshot.Decisions.GetValueOrDefault(commitment.Id) ?? [];
        var current = decisions.Count > 0 ? decisions[0] : null;
        var updates = snapshot.Updates.Where(u => u.CommitmentId == commitment.Id).ToList();
        var narrative = updates
            .Where(u => u.State == UpdateState.Approved)
            .OrderByDescending(u => u.ReviewedAt)
            .FirstOrDefault();
        return new PackCommitment(
            commitment.Id,
            commitment.Text,
            commitment.Plans.OrderBy(p => p.DisplayOrder).Select(p => p.Plan?.Name ?? "").Where(n => n.Length > 0).ToList(),
            LeadBodies(snapshot, commitment),
            current?.Status,
            current?.DecidedAt,
            current is not null && current.DecidedAt < staleBefore,
            narrative?.Progress,
            narrative is null ? null : snapshot.Organisations.GetValueOrDefault(narrative.OrganisationId),
            narrative?.ReviewedAt,
            deep
                ? updates.OrderByDescending(u => u.SubmittedAt).Select(u => new PackUpdate(
                    snapshot.Organisations.GetValueOrDefault(u.OrganisationId, ""),
                    u.ReportingRound?.Name,
                    u.Status,
                    u.State,
                    u.Progress,
                    u.MilestonesProgress,
                    u.RisksAndIssues,
                    u.NextSteps,
                    u.SubmittedAt,
                    u.ReviewedAt)).ToList()
                : [],
            deep ? decisions.Select(d => new PackDecision(d.Sequence, d.Status, d.Reason, d.DecidedByName, d.DecidedAt)).ToList() : []);
    }

    internal static List<string> LeadBodies(PackSnapshot snapshot, Commitment commitment) =>
        commitment.LeadBodies.Select(l => snapshot.Organisations.GetValueOrDefault(l.OrganisationId, ""))
            .Where(n => n.Length > 0).Order(StringComparer.Ordinal).ToList();

    private static PackMilestone Milestone(PackSnapshot snapshot, DeliveryExample example, Milestone milestone, DateOnly asAt) =>
        new(
            milestone.Title,
            example.Title,
            milestone.DueDate,
            milestone.DuePrecision,
            milestone.Status,
            MilestoneRule.IsOverdue(milestone, asAt),
            example.LeadBodies.Select(l => snapshot.Organisations.GetValueOrDefault(l.OrganisationId, "")).Where(n => n.Length > 0).Order(StringComparer.Ordinal).ToList());

    /// <summary>For each lead body, how far it got with the scope's commitments in the latest round opened by the as-at date.</summary>
    private static List<PackCompletion> Completion(PackSnapshot snapshot, List<Commitment> commitments)
    {
        if (snapshot.LatestRound is not { } round)
        {
            return [];
        }

        var inRound = snapshot.Updates.Where(u => u.ReportingRoundId == round.Id).ToDictionary(u => (u.CommitmentId, u.OrganisationId));
        return commitments
            .SelectMany(c => c.LeadBodies.Select(l => (Commitment: c.Id, l.OrganisationId)))
            .GroupBy(x => x.OrganisationId)
            .Select(g =>
            {
                var states = g.Select(x => inRound.TryGetValue((x.Commitment, x.OrganisationId), out var u) ? u.State : (UpdateState?)null).ToList();
                return new PackCompletion(
                    snapshot.Organisations.GetValueOrDefault(g.Key, "Unknown organisation"),
                    states.Count,
                    states.Count(s => s == UpdateState.Approved),
                    states.Count(s => s == UpdateState.Submitted),
                    states.Count(s => s is UpdateState.Draft or UpdateState.Returned),
                    states.Count(s => s is null));
            })
            .OrderBy(c => c.Organisation, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static string ScopeTitle(PackSnapshot snapshot, PackScope scope)
    {
        if (scope.OutcomeNumber is { } number)
        {
            var outcome = snapshot.Outcomes.FirstOrDefault(o => o.Number == number);
            return outcome is null ? $"Outcome {number}" : $"{(outcome.Kind == OutcomeKind.Enabler ? "Enabler" : "Outcome")} {outcome.Number}: {outcome.Title}";
        }

        if (scope.PriorityId is { } id)
        {
            var priority = snapshot.Outcomes.SelectMany(o => o.Priorities).FirstOrDefault(p => p.Id == id);
            return priority is null ? "A priority" : $"Priority: {priority.Title}";
        }

        return scope.IsSelection
            ? $"A selection of {Text.Plural.Count(scope.IndicatorRefs.Count, "indicator")} and {Text.Plural.Count(scope.CommitmentIds.Count, "commitment")}"
            : "The whole strategy";
    }

    internal static string Shorten(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 117).TrimEnd(), "...");
}
