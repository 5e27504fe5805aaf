using KmIcs.Assurance.Data.Seeding;
using KmIcs.Assurance.Data.StrategyDocuments;
using KmIcs.Assurance.Domain.Periods;

namespace KmIcs.Assurance.Data.Tests.Seeding;

/// <summary>
/// Puts a seed set and an export into one comparable form: keys become names (the database keeps no seed keys),
/// unordered lists are sorted, a commitment's lead bodies include its plans' lead bodies (as the import defines),
/// periods are canonical, and defaulted areas are filled in. Anything else that differs is a real difference.
/// </summary>
internal static class ComparableStrategy
{
    public static string FromSeed(SeedSet seed) => Write(seed.Strategy, seed.IndicatorSets.Select(s => s.Set).ToList());

    public static string FromExport(StrategyExport export) => Write(export.Strategy, export.IndicatorSets);

    private static string Write(StrategyDocument strategy, List<IndicatorSetDocument> sets)
    {
        var organisations = strategy.Organisations.ToDictionary(o => o.Key, o => o.Name);
        var plans = strategy.Plans.ToDictionary(p => p.Key, p => p.Name);
        List<string> Names(IEnumerable<string> keys) => keys.Select(k => organisations[k]).Distinct().Order(StringComparer.Ordinal).ToList();

        var comparable = new
        {
            strategy.Tenant,
            Header = strategy.Strategy with { Sources = [] },
            Organisations = strategy.Organisations
                .Select(o => new { o.Name, o.ShortName, o.Kind, Parent = o.Parent is null ? null : organisations[o.Parent], Aliases = o.Aliases.Distinct().Order(StringComparer.Ordinal).ToList() })
                .OrderBy(o => o.Name, StringComparer.Ordinal).ToList(),
            Plans = strategy.Plans.Select(p => p.Name).Order(StringComparer.Ordinal).ToList(),
            Outcomes = strategy.Outcomes.Select(o => new
            {
                o.Number,
                o.Kind,
                o.Title,
                o.Narrative,
                o.WhatWeHeard,
                o.IStatements,
                o.StrategyIndicators,
                Priorities = o.Priorities.Select(p => new
                {
                    p.Title,
                    p.Narrative,
                    Commitments = p.Commitments.Select(c => new
                    {
                        c.Text,
                        c.Source,
                        LeadBodies = Names(c.LeadBodies.Concat(c.Plans.SelectMany(cp => cp.LeadBodies))),
                        Plans = c.Plans.Select(cp => new { Plan = plans[cp.Plan], LeadBodies = Names(cp.LeadBodies) }).ToList(),
                    }).ToList(),
                }).ToList(),
                DeliveryExamples = o.DeliveryExamples.Select(d => new { d.Title, d.Description, LeadBodies = Names(d.LeadBodies), d.Milestones }).ToList(),
            }).ToList(),
            PlacePriorities = strategy.PlacePriorities.Select(p => new { Place = organisations[p.Place], p.Priority, Outcomes = p.Outcomes.Distinct().Order(StringComparer.Ordinal).ToList(), p.Source }).ToList(),
            Conflicts = strategy.Conflicts.Select(c => new { Subject = c.Subject ?? c.Field ?? "Strategy", c.Field, c.Note, c.Values }).OrderBy(c => c.Subject, StringComparer.Ordinal).ToList(),
            Sets = sets.Select(s => new
            {
                s.IndicatorSet,
                Indicators = s.Indicators.OrderBy(i => i.Ref, RefComparer.Instance).Select(Indicator).ToList(),
            }).OrderBy(s => s.IndicatorSet, StringComparer.Ordinal).ToList(),
        };
        return StrategyDocumentSerializer.Write(comparable);
    }

    private static object Indicator(IndicatorDocument indicator)
    {
        var area = indicator.Baseline?.Geography ?? indicator.Geographies.FirstOrDefault() ?? "";
        static string Period(string? text) => text is null ? "" : ReportingPeriod.Parse(text).ToString();
        return new
        {
            indicator.Ref,
            indicator.Level,
            indicator.Outcome,
            indicator.Service,
            indicator.Statement,
            indicator.MeansOfVerification,
            indicator.Notes,
            indicator.IncludedInStrategy,
            indicator.Status,
            indicator.Polarity,
            indicator.Unit,
            indicator.UnitLabel,
            Decimals = indicator.Decimals ?? 0,
            indicator.Geographies,
            ExternalIds = indicator.ExternalIds.OrderBy(e => e.System, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).ToList(),
            Baseline = indicator.Baseline is { Value: null, Period: null } ? null : indicator.Baseline is null ? null : indicator.Baseline with { Value = Trim(indicator.Baseline.Value), Period = indicator.Baseline.Period is null ? null : Period(indicator.Baseline.Period) },
            Targets = indicator.Targets.Select(t => t with { Value = Trim(t.Value), Floor = Trim(t.Floor), Period = Period(t.Period), Geography = t.Geography ?? area })
                .OrderBy(t => t.Geography, StringComparer.Ordinal).ThenBy(t => ReportingPeriod.Parse(t.Period!)).ThenBy(t => t.EffectiveFrom, StringComparer.Ordinal).ToList(),
            Trajectory = indicator.Trajectory.Select(t => t with { Value = Trim(t.Value)!.Value, Period = Period(t.Period), Geography = t.Geography ?? area })
                .OrderBy(t => t.Geography, StringComparer.Ordinal).ThenBy(t => ReportingPeriod.Parse(t.Period)).ToList(),
            Values = indicator.Values.Select(v => v with
            {
                Value = Trim(v.Value),
                Numerator = Trim(v.Numerator),
                Denominator = Trim(v.Denominator),
                LowerCi = Trim(v.LowerCi),
                UpperCi = Trim(v.UpperCi),
                Period = Period(v.Period),
                Geography = v.Geography ?? area,
            })
                .OrderBy(v => v.Geography, StringComparer.Ordinal).ThenBy(v => ReportingPeriod.Parse(v.Period)).ToList(),
            Conflicts = indicator.Conflicts.Select(c => new { Subject = c.Subject ?? $"Indicator {indicator.Ref}: {c.Field}", c.Field, c.Note, c.Values })
                .OrderBy(c => c.Subject, StringComparer.Ordinal).ToList(),
        };
    }

    // "12.0" in a document and 12 from the database are the same figure; compare numbers, not their printed scale.
    private static decimal? Trim(decimal? value) => value / 1.000000000000000000000000000000000m;
}
