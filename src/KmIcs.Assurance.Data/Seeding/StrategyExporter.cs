using System.Globalization;
using System.Text;
using KmIcs.Assurance.Data.Strategies;
using KmIcs.Assurance.Data.StrategyDocuments;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Conflicts;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Places;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Seeding;

/// <summary>Reads one tenant's current strategy and indicators back into documents (the inverse of the seed import).</summary>
public sealed class StrategyExporter(AssuranceDbContext db, TimeProvider clock)
{
    public async Task<StrategyExport?> ExportAsync(string tenantSlug, CancellationToken cancellationToken = default)
    {
        var tenant = await db.Set<Tenant>().AsNoTracking().SingleOrDefaultAsync(t => t.Slug == tenantSlug, cancellationToken);
        if (tenant is null)
        {
            return null;
        }

        db.CurrentTenant.Set(tenant.Id, tenant.Slug);
        var organisations = await db.Set<Organisation>().AsNoTracking().Include(o => o.Aliases).OrderBy(o => o.Name).ToListAsync(cancellationToken);
        var organisationKeys = Keys(organisations.Select(o => (o.Id, o.ShortName ?? o.Name)));
        var plans = await db.Set<Plan>().AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var planKeys = Keys(plans.Select(p => (p.Id, p.Name)));
        var strategy = await db.CurrentStrategies().AsNoTracking().AsSplitQuery()
            .Include(s => s.Outcomes).ThenInclude(o => o.Statements)
            .Include(s => s.Outcomes).ThenInclude(o => o.Priorities).ThenInclude(p => p.Commitments).ThenInclude(c => c.LeadBodies)
            .Include(s => s.Outcomes).ThenInclude(o => o.Priorities).ThenInclude(p => p.Commitments).ThenInclude(c => c.Plans).ThenInclude(p => p.LeadBodies)
            .Include(s => s.Outcomes).ThenInclude(o => o.DeliveryExamples).ThenInclude(d => d.LeadBodies)
            .Include(s => s.Outcomes).ThenInclude(o => o.DeliveryExamples).ThenInclude(d => d.Milestones)
            .SingleAsync(cancellationToken);
        var outcomeNumbers = strategy.Outcomes.ToDictionary(o => o.Id, o => o.Number);
        var places = await db.Set<PlacePriority>().AsNoTracking().Include(p => p.Outcomes).OrderBy(p => p.DisplayOrder).ToListAsync(cancellationToken);
        var strategyConflicts = await db.Set<SeedConflict>().AsNoTracking().Include(c => c.Values).Where(c => c.IndicatorId == null).ToListAsync(cancellationToken);
        var indicators = await db.Set<Indicator>().AsNoTracking().AsSplitQuery()
            .Include(i => i.Geographies).Include(i => i.ExternalIds).Include(i => i.Targets).Include(i => i.Trajectory)
            .Include(i => i.Values).Include(i => i.Conflicts).ThenInclude(c => c.Values)
            .ToListAsync(cancellationToken);

        var document = new StrategyDocument
        {
            Tenant = new TenantDocument(tenant.Slug, tenant.Name),
            Strategy = new StrategyHeaderDocument
            {
                Title = strategy.Title,
                Version = strategy.DocumentVersion,
                PeriodStart = strategy.PeriodStart,
                PeriodEnd = strategy.PeriodEnd,
                Vision = strategy.Vision,
            },
            Organisations = organisations.Select(o => new OrganisationDocument
            {
                Key = organisationKeys[o.Id],
                Name = o.Name,
                ShortName = o.ShortName,
                Kind = o.Kind.ToString(),
                Parent = o.ParentId is { } parent ? organisationKeys[parent] : null,
                Aliases = o.Aliases.Select(a => a.Text).Order(StringComparer.Ordinal).ToList(),
            }).ToList(),
            Plans = plans.Select(p => new PlanDocument(planKeys[p.Id], p.Name)).ToList(),
            Outcomes = strategy.Outcomes.OrderBy(o => o.DisplayOrder).Select(o => Outcome(o, organisationKeys, planKeys)).ToList(),
            PlacePriorities = places.Select(p => new PlacePriorityDocument
            {
                Place = organisationKeys[p.OrganisationId],
                Priority = p.Text,
                Source = p.Source,
                Outcomes = p.Outcomes.Select(o => outcomeNumbers[o.OutcomeId]).Order(StringComparer.Ordinal).ToList(),
            }).ToList(),
            Conflicts = strategyConflicts.OrderBy(c => c.Subject, StringComparer.Ordinal).Select(Conflict).ToList(),
        };

        var sets = indicators.GroupBy(i => i.IndicatorSet).OrderBy(g => g.Key).Select(g => new IndicatorSetDocument
        {
            IndicatorSet = g.Key.ToString(),
            Indicators = g.OrderBy(i => i.Ref, RefComparer.Instance).Select(i => Indicator(i, outcomeNumbers)).ToList(),
        }).ToList();
        return new StrategyExport { ExportedAt = clock.GetUtcNow(), Strategy = document, IndicatorSets = sets };
    }

    private static OutcomeDocument Outcome(Outcome outcome, Dictionary<Guid, string> organisations, Dictionary<Guid, string> plans) => new()
    {
        Number = outcome.Number,
        Kind = outcome.Kind.ToString(),
        Title = outcome.Title,
        Narrative = outcome.Narrative,
        WhatWeHeard = Statements(outcome, OutcomeStatementKind.WhatWeHeard),
        IStatements = Statements(outcome, OutcomeStatementKind.IStatement),
        StrategyIndicators = Statements(outcome, OutcomeStatementKind.StrategyIndicator),
        Priorities = outcome.Priorities.OrderBy(p => p.DisplayOrder).Select(p => new PriorityDocument
        {
            Title = p.Title,
            Narrative = p.Narrative,
            Commitments = p.Commitments.OrderBy(c => c.DisplayOrder).Select(c => new CommitmentDocument
            {
                Text = c.Text,
                Source = c.Source,
                LeadBodies = c.LeadBodies.Select(l => organisations[l.OrganisationId]).Order(StringComparer.Ordinal).ToList(),
                Plans = c.Plans.OrderBy(cp => cp.DisplayOrder).Select(cp => new CommitmentPlanDocument
                {
                    Plan = plans[cp.PlanId],
                    LeadBodies = cp.LeadBodies.Select(l => organisations[l.OrganisationId]).Order(StringComparer.Ordinal).ToList(),
                }).ToList(),
            }).ToList(),
        }).ToList(),
        DeliveryExamples = outcome.DeliveryExamples.OrderBy(d => d.DisplayOrder).Select(d => new DeliveryExampleDocument
        {
            Title = d.Title,
            Description = d.Description,
            LeadBodies = d.LeadBodies.Select(l => organisations[l.OrganisationId]).Order(StringComparer.Ordinal).ToList(),
            Milestones = d.Milestones.OrderBy(m => m.DisplayOrder).Select(m => new MilestoneDocument
            {
                Title = m.Title,
                Due = m.DueDate is { } due ? MilestoneDue.Format(due, m.DuePrecision) : null,
                Status = m.Status.ToString(),
            }).ToList(),
        }).ToList(),
    };

    private static List<string> Statements(Outcome outcome, OutcomeStatementKind kind) =>
        outcome.Statements.Where(s => s.Kind == kind).OrderBy(s => s.DisplayOrder).Select(s => s.Text).ToList();

    private static IndicatorDocument Indicator(Indicator indicator, Dictionary<Guid, string> outcomes) => new()
    {
        Ref = indicator.Ref,
        Level = indicator.Level.ToString(),
        Outcome = indicator.OutcomeId is { } outcome ? outcomes[outcome] : null,
        Service = indicator.Service,
        Statement = indicator.Statement,
        MeansOfVerification = indicator.MeansOfVerification,
        Notes = indicator.Notes,
        IncludedInStrategy = indicator.IncludedInStrategy,
        Status = indicator.Status.ToString(),
        Polarity = indicator.Polarity.ToString(),
        Unit = indicator.Unit.ToString(),
        UnitLabel = indicator.UnitLabel,
        Decimals = indicator.Decimals,
        Geographies = indicator.Geographies.OrderBy(g => g.DisplayOrder).Select(g => g.Name).ToList(),
        ExternalIds = indicator.ExternalIds.Select(e => new ExternalIdDocument(e.System, e.Value)).ToList(),
        Baseline = indicator.BaselineValue is null && indicator.BaselinePeriod is null ? null : new BaselineDocument
        {
            Value = Trim(indicator.BaselineValue),
            Period = indicator.BaselinePeriod?.ToString(),
            Geography = indicator.BaselineGeography,
            Source = indicator.BaselineSource,
        },
        Targets = indicator.Targets.OrderBy(t => t.Geography, StringComparer.Ordinal).ThenBy(t => t.Period).ThenBy(t => t.EffectiveFrom).Select(t => new TargetDocument
        {
            Value = Trim(t.Value),
            Floor = Trim(t.Floor),
            Period = t.Period.ToString(),
            Geography = t.Geography,
            EffectiveFrom = t.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Reason = t.Reason,
            Source = t.Source,
        }).ToList(),
        Trajectory = indicator.Trajectory.OrderBy(t => t.Geography, StringComparer.Ordinal).ThenBy(t => t.Period)
            .Select(t => new TrajectoryPointDocument(t.Period.ToString(), t.Geography, Trim(t.Value)!.Value)).ToList(),
        Values = indicator.Values.OrderBy(v => v.Geography, StringComparer.Ordinal).ThenBy(v => v.Period).Select(v => new IndicatorValueDocument
        {
            Period = v.Period.ToString(),
            Geography = v.Geography,
            Value = Trim(v.Value),
            Numerator = Trim(v.Numerator),
            Denominator = Trim(v.Denominator),
            LowerCi = Trim(v.LowerCi),
            UpperCi = Trim(v.UpperCi),
            Provisional = v.IsProvisional,
            Source = v.Source,
            Note = v.Note,
            PublishedRag = v.PublishedRag?.ToString(),
            PublishedDirection = v.PublishedDirection?.ToString(),
        }).ToList(),
        Conflicts = indicator.Conflicts.OrderBy(c => c.Subject, StringComparer.Ordinal).Select(Conflict).ToList(),
    };

    private static ConflictDocument Conflict(SeedConflict conflict) => new()
    {
        Subject = conflict.Subject,
        Field = conflict.Field,
        Note = conflict.Note,
        Values = conflict.Values.OrderBy(v => v.DisplayOrder).Select(v => new ConflictValueDocument(v.Value, v.Source)).ToList(),
    };

    /// <summary>Drops the scale the database adds (7.9000 -> 7.9), so exported figures read as the documents print them.</summary>
    private static decimal? Trim(decimal? value) => value / 1.000000000000000000000000000000000m;

    /// <summary>Readable, unique keys from names ("Kent County Council" -> "kent-county-council"; a clash gets "-2").</summary>
    private static Dictionary<Guid, string> Keys(IEnumerable<(Guid Id, string Name)> items)
    {
        var keys = new Dictionary<Guid, string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, name) in items)
        {
            var slug = Slug(name);
            var key = slug;
            for (var n = 2; !used.Add(key); n++)
            {
                key = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
            }

            keys[id] = key;
        }

        return keys;
    }

    private static string Slug(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "item" : slug[..Math.Min(slug.Length, 60)].TrimEnd('-');
    }
}
