using KmIcs.Assurance.Data.IndicatorValues;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Domain.Ratings;
using KmIcs.Assurance.Reporting.Commitments;
using KmIcs.Assurance.Reporting.Indicators;

namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>What the committee should look at, how sound the data is, and what changed: drawn from the sections in scope.</summary>
internal static class PackFindings
{
    public static List<PackExceptionItem> Exceptions(PackSnapshot snapshot, List<PackSection> sections, DateOnly asAt)
    {
        var items = new List<PackExceptionItem>();
        var indicators = IndicatorsOf(snapshot, sections);
        foreach (var section in sections)
        {
            foreach (var indicator in section.Indicators.Where(i => i.Rag == Rag.Red))
            {
                items.Add(new(PackExceptionKind.IndicatorOffTrack, section.Label, $"{indicator.Ref}: {PackModelBuilder.Shorten(indicator.Statement)}",
                    $"{indicator.Latest} in {indicator.LatestPeriod} against a target of {indicator.Target}", null));
            }

            foreach (var indicator in section.Indicators)
            {
                var source = indicators[indicator.Ref];
                var latest = source.Values.Where(v => string.Equals(v.Geography, indicator.Geography, StringComparison.OrdinalIgnoreCase))
                    .Select(v => v.Period).DefaultIfEmpty().Max();
                var next = DataSchedule.NextExpected(latest, source.Frequency, source.PublicationLagMonths);
                if (DataSchedule.IsStale(next, asAt))
                {
                    items.Add(new(PackExceptionKind.StaleData, section.Label, $"{indicator.Ref}: {PackModelBuilder.Shorten(indicator.Statement)}",
                        $"The latest value is for {latest}; the next was expected by {next:d MMMM yyyy}", null));
                }
            }

            foreach (var commitment in section.Priorities.SelectMany(p => p.Commitments))
            {
                if (commitment.Status == CommitmentStatus.OffTrack)
                {
                    items.Add(new(PackExceptionKind.CommitmentOffTrack, section.Label, PackModelBuilder.Shorten(commitment.Text),
                        commitment.Narrative ?? "Rated off track", string.Join(", ", commitment.LeadBodies)));
                }

                if (commitment.StatusIsStale)
                {
                    items.Add(new(PackExceptionKind.StaleStatus, section.Label, PackModelBuilder.Shorten(commitment.Text),
                        $"The status was last decided on {commitment.DecidedAt:d MMMM yyyy}", string.Join(", ", commitment.LeadBodies)));
                }
            }

            foreach (var milestone in section.Milestones.Where(m => m.Overdue))
            {
                items.Add(new(PackExceptionKind.OverdueMilestone, section.Label, milestone.Title,
                    $"Due {milestone.Due:MMMM yyyy}; {milestone.Status}", string.Join(", ", milestone.LeadBodies)));
            }
        }

        items.AddRange(MissingUpdates(snapshot, sections, asAt));
        return items;
    }

    /// <summary>Lead bodies with no submitted update in the latest round opened by the as-at date, one line per commitment.</summary>
    private static IEnumerable<PackExceptionItem> MissingUpdates(PackSnapshot snapshot, List<PackSection> sections, DateOnly asAt)
    {
        if (snapshot.LatestRound is not { } round)
        {
            yield break;
        }

        var reported = snapshot.Updates.Where(u => u.ReportingRoundId == round.Id && u.IsReported).Select(u => (u.CommitmentId, u.OrganisationId)).ToHashSet();
        var due = round.Closes < asAt ? $"{round.Name} closed on {round.Closes:d MMMM yyyy}" : $"{round.Name} closes on {round.Closes:d MMMM yyyy}";
        var commitments = snapshot.Outcomes.SelectMany(o => o.Priorities.SelectMany(p => p.Commitments.Select(c => (Outcome: o.Number, Commitment: c))))
            .Select(c => (Section: sections.FirstOrDefault(s => s.Number == c.Outcome && s.Priorities.Any(p => p.Commitments.Any(pc => pc.Id == c.Commitment.Id))), c.Commitment))
            .Where(c => c.Section is not null);
        foreach (var (section, commitment) in commitments)
        {
            foreach (var lead in commitment.LeadBodies.Where(l => !reported.Contains((commitment.Id, l.OrganisationId))))
            {
                yield return new(PackExceptionKind.MissingUpdate, section!.Label, PackModelBuilder.Shorten(commitment.Text),
                    $"No update submitted; {due}", snapshot.Organisations.GetValueOrDefault(lead.OrganisationId, "Unknown organisation"));
            }
        }
    }

    public static PackDataQuality DataQuality(PackSnapshot snapshot, List<PackSection> sections, List<PackIndicator> goals)
    {
        var all = goals.Select(i => (Section: "Goal and purpose", Indicator: i))
            .Concat(sections.SelectMany(s => s.Indicators.Select(i => (Section: s.Label, Indicator: i))))
            .ToList();
        var refs = all.Select(a => a.Indicator.Ref).ToHashSet(StringComparer.Ordinal);
        var byId = snapshot.Indicators.ToDictionary(i => i.Id, i => i.Ref);
        return new PackDataQuality(
            all.Where(a => a.Indicator.Provisional)
                .Select(a => new PackDataItem(a.Indicator.Ref, a.Indicator.Statement, a.Section, $"{a.Indicator.Latest} for {a.Indicator.LatestPeriod} is provisional"))
                .ToList(),
            all.Where(a => a.Indicator.Latest is null)
                .Select(a => new PackDataItem(a.Indicator.Ref, a.Indicator.Statement, a.Section, $"No value for {a.Indicator.Geography} yet"))
                .ToList(),
            all.Where(a => a.Indicator.Status == IndicatorStatus.WorkInProgress)
                .Select(a => new PackDataItem(a.Indicator.Ref, a.Indicator.Statement, a.Section, "The indicator's definition or target is still being agreed"))
                .ToList(),
            snapshot.Conflicts
                .Where(c => c.IndicatorId is null ? sections.Count == snapshot.Outcomes.Count : byId.TryGetValue(c.IndicatorId.Value, out var r) && refs.Contains(r))
                .OrderBy(c => c.Subject, StringComparer.Ordinal)
                .Select(c => new PackConflict(
                    c.Subject,
                    c.Field,
                    c.IndicatorId is { } id ? byId.GetValueOrDefault(id) : null,
                    c.Values.OrderBy(v => v.DisplayOrder).Select(v => $"{v.Value} ({v.Source})").ToList(),
                    c.Note))
                .ToList());
    }

    /// <summary>
    /// Values revised and added and statuses decided since the last pack (or within a year), oldest first. Values an
    /// import added are one line per indicator and person, not one per figure, so a Fingertips load reads as one event.
    /// </summary>
    public static List<PackLogEntry> AssuranceLog(PackSnapshot snapshot, List<PackSection> sections, DateTimeOffset from)
    {
        var indicators = IndicatorsOf(snapshot, sections);
        var values = indicators.Values.SelectMany(i => i.Values.Select(v => (Indicator: i, Value: v))).ToDictionary(x => x.Value.Id);
        var log = new List<PackLogEntry>();
        var revisions = snapshot.Revisions.Where(r => values.ContainsKey(r.IndicatorValueId) && r.RecordedBy != ValueRecorder.SeedRecorder).ToList();
        var previous = snapshot.Revisions.ToDictionary(r => (r.IndicatorValueId, r.Number));
        foreach (var revision in revisions.Where(r => r.Number > 1))
        {
            var (indicator, value) = values[revision.IndicatorValueId];
            var before = previous.TryGetValue((revision.IndicatorValueId, revision.Number - 1), out var p) ? ValueFormat.Exact(indicator, p.Value) : "an earlier figure";
            log.Add(new(revision.RecordedAt, "Value revised", $"{indicator.Ref} {value.Period} {value.Geography}",
                $"{before} to {ValueFormat.Exact(indicator, revision.Value)}{(revision.Reason is { } reason ? $": {reason}" : "")}", revision.RecordedBy));
        }

        foreach (var group in revisions.Where(r => r.Number == 1).GroupBy(r => (values[r.IndicatorValueId].Indicator.Ref, r.RecordedBy)))
        {
            var periods = group.Select(r => values[r.IndicatorValueId].Value.Period).Distinct().Order().Select(p => p.ToString()).ToList();
            log.Add(new(group.Max(r => r.RecordedAt), "Values added", $"Indicator {group.Key.Ref}",
                $"{Text.Plural.Count(group.Count(), "value")} for {string.Join(", ", periods)}", group.Key.RecordedBy));
        }

        var commitments = sections.SelectMany(s => s.Priorities).SelectMany(p => p.Commitments).ToDictionary(c => c.Id);
        foreach (var decision in snapshot.Decisions.Values.SelectMany(d => d).Where(d => d.DecidedAt >= from && commitments.ContainsKey(d.CommitmentId)))
        {
            log.Add(new(decision.DecidedAt, "Status decided", PackModelBuilder.Shorten(commitments[decision.CommitmentId].Text),
                $"{CommitmentStatuses.Text(decision.Status)}{(decision.Reason is { } reason ? $": {reason}" : "")}", decision.DecidedByName));
        }

        return log.OrderBy(e => e.At).ThenBy(e => e.Subject, StringComparer.Ordinal).ToList();
    }

    private static Dictionary<string, Indicator> IndicatorsOf(PackSnapshot snapshot, List<PackSection> sections)
    {
        var refs = sections.SelectMany(s => s.Indicators).Select(i => i.Ref).ToHashSet(StringComparer.Ordinal);
        return snapshot.Indicators.Where(i => refs.Contains(i.Ref) && i.OutcomeId is not null)
            .GroupBy(i => i.Ref).ToDictionary(g => g.Key, g => g.OrderBy(i => i.IndicatorSet).First(), StringComparer.Ordinal);
    }
}
