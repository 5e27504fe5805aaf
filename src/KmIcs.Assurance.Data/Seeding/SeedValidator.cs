using System.Globalization;
using KmIcs.Assurance.Data.StrategyDocuments;
using KmIcs.Assurance.Domain.Delivery;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Ratings;
using KmIcs.Assurance.Domain.Strategies;

namespace KmIcs.Assurance.Data.Seeding;

/// <summary>
/// Checks what JSON alone cannot: that every key a document refers to exists, names are unique, enum texts and
/// periods parse and dates are dates. All problems are collected so a reviewer can fix a file in one pass.
/// </summary>
public static class SeedValidator
{
    public static IReadOnlyList<SeedProblem> Validate(SeedSet seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var problems = new List<SeedProblem>();
        var file = Path.Combine(seed.Folder, SeedSet.StrategyFileName);
        var strategy = seed.Strategy;
        void Problem(string path, string message) => problems.Add(new SeedProblem(file, path, message));

        var organisations = Unique(strategy.Organisations.Select(o => o.Key), "$.organisations", "organisation key", Problem);
        var plans = Unique(strategy.Plans.Select(p => p.Key), "$.plans", "plan key", Problem);
        Unique(strategy.Organisations.Select(o => o.Name), "$.organisations", "organisation name", Problem);
        var outcomes = Unique(strategy.Outcomes.Select(o => o.Number), "$.outcomes", "outcome number", Problem);

        for (var i = 0; i < strategy.Organisations.Count; i++)
        {
            var organisation = strategy.Organisations[i];
            EnumText<OrganisationKind>(organisation.Kind, $"$.organisations[{i}].kind", Problem);
            if (organisation.Parent is { } parent && (!organisations.Contains(parent) || parent == organisation.Key))
            {
                Problem($"$.organisations[{i}].parent", $"'{parent}' is not another organisation's key");
            }
        }

        for (var o = 0; o < strategy.Outcomes.Count; o++)
        {
            var outcome = strategy.Outcomes[o];
            var path = $"$.outcomes[{o}]";
            EnumText<OutcomeKind>(outcome.Kind, path + ".kind", Problem);
            for (var p = 0; p < outcome.Priorities.Count; p++)
            {
                for (var c = 0; c < outcome.Priorities[p].Commitments.Count; c++)
                {
                    var commitment = outcome.Priorities[p].Commitments[c];
                    var commitmentPath = $"{path}.priorities[{p}].commitments[{c}]";
                    Keys(commitment.LeadBodies, organisations, commitmentPath + ".leadBodies", "organisation", Problem);
                    for (var k = 0; k < commitment.Plans.Count; k++)
                    {
                        var plan = commitment.Plans[k];
                        Keys([plan.Plan], plans, $"{commitmentPath}.plans[{k}].plan", "plan", Problem);
                        Keys(plan.LeadBodies, organisations, $"{commitmentPath}.plans[{k}].leadBodies", "organisation", Problem);
                    }
                }
            }

            for (var d = 0; d < outcome.DeliveryExamples.Count; d++)
            {
                var example = outcome.DeliveryExamples[d];
                Keys(example.LeadBodies, organisations, $"{path}.deliveryExamples[{d}].leadBodies", "organisation", Problem);
                for (var m = 0; m < example.Milestones.Count; m++)
                {
                    var milestone = example.Milestones[m];
                    var milestonePath = $"{path}.deliveryExamples[{d}].milestones[{m}]";
                    EnumText<MilestoneStatus>(milestone.Status, milestonePath + ".status", Problem);
                    if (milestone.Due is { } due && MilestoneDue.TryParse(due) is null)
                    {
                        Problem(milestonePath + ".due", $"'{due}' is not a date (YYYY-MM or YYYY-MM-DD)");
                    }
                }
            }
        }

        for (var i = 0; i < strategy.PlacePriorities.Count; i++)
        {
            Keys([strategy.PlacePriorities[i].Place], organisations, $"$.placePriorities[{i}].place", "organisation", Problem);
            Keys(strategy.PlacePriorities[i].Outcomes, outcomes, $"$.placePriorities[{i}].outcomes", "outcome", Problem);
        }

        foreach (var (setFile, set) in seed.IndicatorSets)
        {
            problems.AddRange(ValidateIndicators(setFile, set, outcomes));
        }

        return problems;
    }

    private static List<SeedProblem> ValidateIndicators(string file, IndicatorSetDocument set, HashSet<string> outcomes)
    {
        var problems = new List<SeedProblem>();
        void Problem(string path, string message) => problems.Add(new SeedProblem(file, path, message));
        EnumText<IndicatorSet>(set.IndicatorSet, "$.indicatorSet", Problem);
        Unique(set.Indicators.Select(i => i.Ref), "$.indicators", "indicator ref", Problem);
        for (var i = 0; i < set.Indicators.Count; i++)
        {
            var indicator = set.Indicators[i];
            var path = $"$.indicators[{i}]";
            EnumText<IndicatorLevel>(indicator.Level, path + ".level", Problem);
            EnumText<IndicatorStatus>(indicator.Status, path + ".status", Problem);
            EnumText<Polarity>(indicator.Polarity, path + ".polarity", Problem);
            EnumText<IndicatorUnit>(indicator.Unit, path + ".unit", Problem);
            if (indicator.Outcome is { } outcome && !outcomes.Contains(outcome))
            {
                Problem(path + ".outcome", $"'{outcome}' is not an outcome number in strategy.json");
            }

            Period(indicator.Baseline?.Period, path + ".baseline.period", Problem);
            for (var t = 0; t < indicator.Targets.Count; t++)
            {
                var target = indicator.Targets[t];
                Period(target.Period, $"{path}.targets[{t}].period", Problem);
                if (target.Period is null)
                {
                    Problem($"{path}.targets[{t}].period", "a target needs the period it is for");
                }

                if (target.EffectiveFrom is null || !DateOnly.TryParseExact(target.EffectiveFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    Problem($"{path}.targets[{t}].effectiveFrom", $"'{target.EffectiveFrom}' is not a date (YYYY-MM-DD)");
                }
            }

            for (var t = 0; t < indicator.Trajectory.Count; t++)
            {
                Period(indicator.Trajectory[t].Period, $"{path}.trajectory[{t}].period", Problem);
            }

            var seen = new HashSet<(string, string?)>();
            for (var v = 0; v < indicator.Values.Count; v++)
            {
                var value = indicator.Values[v];
                var valuePath = $"{path}.values[{v}]";
                Period(value.Period, valuePath + ".period", Problem);
                if (value.PublishedRag is { } rag)
                {
                    EnumText<Rag>(rag, valuePath + ".publishedRag", Problem);
                }

                if (value.PublishedDirection is { } direction)
                {
                    EnumText<DirectionOfTravel>(direction, valuePath + ".publishedDirection", Problem);
                }

                if (ReportingPeriod.TryParse(value.Period, out var period) && !seen.Add((period.ToString(), value.Geography)))
                {
                    Problem(valuePath, $"a second value for {period} in {value.Geography ?? "the default area"}");
                }
            }
        }

        return problems;
    }

    private static HashSet<string> Unique(IEnumerable<string> keys, string path, string what, Action<string, string> problem)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!set.Add(key))
            {
                problem(path, $"the {what} '{key}' appears more than once");
            }
        }

        return set;
    }

    private static void Keys(IEnumerable<string> keys, HashSet<string> known, string path, string what, Action<string, string> problem)
    {
        foreach (var key in keys.Where(k => !known.Contains(k)))
        {
            problem(path, $"'{key}' is not a known {what} key");
        }
    }

    private static void EnumText<TEnum>(string text, string path, Action<string, string> problem)
        where TEnum : struct, Enum
    {
        if (!Enum.TryParse<TEnum>(text, ignoreCase: false, out _) || int.TryParse(text, CultureInfo.InvariantCulture, out _))
        {
            problem(path, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<TEnum>())}");
        }
    }

    private static void Period(string? text, string path, Action<string, string> problem)
    {
        if (text is not null && !ReportingPeriod.TryParse(text, out _))
        {
            problem(path, $"'{text}' is not a reporting period (for example 2021/22, Q3 2023/24, 2028, 2026-28)");
        }
    }
}
