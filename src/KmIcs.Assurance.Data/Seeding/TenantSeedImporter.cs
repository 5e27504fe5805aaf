using System.Globalization;
using KmIcs.Assurance.Data.StrategyDocuments;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Conflicts;
using KmIcs.Assurance.Domain.Delivery;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Places;
using KmIcs.Assurance.Domain.Ratings;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Seeding;

/// <summary>What a seed run did.</summary>
public sealed record SeedResult(string TenantSlug, bool Imported, string Message);

/// <summary>
/// Imports a validated seed set as a new tenant, in one transaction: either the whole strategy lands or nothing does.
/// A tenant that already exists is left exactly as it is, so running the seed twice changes nothing.
/// </summary>
public sealed class TenantSeedImporter(AssuranceDbContext db, TimeProvider clock)
{
    public async Task<SeedResult> ImportAsync(SeedSet seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var slug = seed.Strategy.Tenant.Slug;
        if (await db.Set<Tenant>().AnyAsync(t => t.Slug == slug, cancellationToken))
        {
            return new SeedResult(slug, false, $"Tenant '{slug}' already exists; nothing changed.");
        }

        var tenant = new Tenant { Slug = slug, Name = seed.Strategy.Tenant.Name, CreatedAt = clock.GetUtcNow() };
        db.CurrentTenant.Set(tenant.Id, tenant.Slug);
        var builder = new Builder(tenant.Id);
        builder.Build(seed);

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Add(tenant);
            db.AddRange(builder.Organisations.Values);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var (organisation, parentKey) in builder.Parents)
            {
                organisation.ParentId = builder.Organisations[parentKey].Id;
            }

            db.AddRange(builder.Plans.Values);
            db.Add(builder.Strategy!);
            db.AddRange(builder.PlacePriorities);
            db.AddRange(builder.Indicators);
            db.AddRange(builder.Conflicts);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });

        return new SeedResult(slug, true, $"Imported tenant '{slug}': {builder.Summary()}.");
    }

    /// <summary>Turns documents into entities; keys in the documents become references between entities.</summary>
    private sealed class Builder(Guid tenantId)
    {
        public Dictionary<string, Organisation> Organisations { get; } = new(StringComparer.Ordinal);
        public List<(Organisation Organisation, string ParentKey)> Parents { get; } = [];
        public Dictionary<string, Plan> Plans { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Outcome> Outcomes { get; } = new(StringComparer.Ordinal);
        public Strategy? Strategy { get; private set; }
        public List<PlacePriority> PlacePriorities { get; } = [];
        public List<Indicator> Indicators { get; } = [];
        public List<SeedConflict> Conflicts { get; } = [];

        public void Build(SeedSet seed)
        {
            foreach (var document in seed.Strategy.Organisations)
            {
                var organisation = new Organisation
                {
                    TenantId = tenantId,
                    Name = document.Name,
                    ShortName = document.ShortName,
                    Kind = Enum.Parse<OrganisationKind>(document.Kind),
                };
                foreach (var alias in document.Aliases.Distinct(StringComparer.Ordinal))
                {
                    organisation.Aliases.Add(new OrganisationAlias { TenantId = tenantId, OrganisationId = organisation.Id, Text = alias });
                }

                Organisations.Add(document.Key, organisation);
                if (document.Parent is { } parent)
                {
                    Parents.Add((organisation, parent));
                }
            }

            foreach (var plan in seed.Strategy.Plans)
            {
                Plans.Add(plan.Key, new Plan { TenantId = tenantId, Name = plan.Name });
            }

            BuildStrategy(seed.Strategy);
            foreach (var (place, order) in seed.Strategy.PlacePriorities.Select((p, i) => (p, i)))
            {
                var priority = new PlacePriority
                {
                    TenantId = tenantId,
                    OrganisationId = Organisations[place.Place].Id,
                    Text = place.Priority,
                    Source = place.Source,
                    DisplayOrder = order,
                };
                foreach (var number in place.Outcomes.Distinct(StringComparer.Ordinal))
                {
                    priority.Outcomes.Add(new PlacePriorityOutcome { TenantId = tenantId, PlacePriorityId = priority.Id, OutcomeId = Outcomes[number].Id });
                }

                PlacePriorities.Add(priority);
            }

            foreach (var conflict in seed.Strategy.Conflicts)
            {
                Conflicts.Add(Conflict(conflict, conflict.Subject ?? conflict.Field ?? "Strategy", indicatorId: null));
            }

            foreach (var (_, set) in seed.IndicatorSets)
            {
                var kind = Enum.Parse<IndicatorSet>(set.IndicatorSet);
                foreach (var document in set.Indicators)
                {
                    Indicators.Add(BuildIndicator(kind, document));
                }
            }
        }

        public string Summary() =>
            string.Create(CultureInfo.InvariantCulture, $"{Outcomes.Count} outcomes, {Strategy!.Outcomes.Sum(o => o.Priorities.Count)} priorities, ") +
            string.Create(CultureInfo.InvariantCulture, $"{Strategy.Outcomes.Sum(o => o.Priorities.Sum(p => p.Commitments.Count))} commitments, {Plans.Count} plans, ") +
            string.Create(CultureInfo.InvariantCulture, $"{Organisations.Count} organisations, {Indicators.Count} indicators, {Indicators.Sum(i => i.Values.Count)} indicator values");

        private void BuildStrategy(StrategyDocument document)
        {
            var strategy = new Strategy
            {
                TenantId = tenantId,
                Title = document.Strategy.Title,
                DocumentVersion = document.Strategy.Version,
                PeriodStart = document.Strategy.PeriodStart,
                PeriodEnd = document.Strategy.PeriodEnd,
                Vision = document.Strategy.Vision,
                IsCurrent = true,
            };
            foreach (var (outcomeDocument, order) in document.Outcomes.Select((o, i) => (o, i)))
            {
                var outcome = new Outcome
                {
                    TenantId = tenantId,
                    StrategyId = strategy.Id,
                    Number = outcomeDocument.Number,
                    Kind = Enum.Parse<OutcomeKind>(outcomeDocument.Kind),
                    Title = outcomeDocument.Title,
                    Narrative = outcomeDocument.Narrative,
                    DisplayOrder = order,
                };
                AddStatements(outcome, OutcomeStatementKind.WhatWeHeard, outcomeDocument.WhatWeHeard);
                AddStatements(outcome, OutcomeStatementKind.IStatement, outcomeDocument.IStatements);
                AddStatements(outcome, OutcomeStatementKind.StrategyIndicator, outcomeDocument.StrategyIndicators);
                foreach (var (priorityDocument, priorityOrder) in outcomeDocument.Priorities.Select((p, i) => (p, i)))
                {
                    var priority = new Priority
                    {
                        TenantId = tenantId,
                        OutcomeId = outcome.Id,
                        Title = priorityDocument.Title,
                        Narrative = priorityDocument.Narrative,
                        DisplayOrder = priorityOrder,
                    };
                    foreach (var (commitmentDocument, commitmentOrder) in priorityDocument.Commitments.Select((c, i) => (c, i)))
                    {
                        priority.Commitments.Add(BuildCommitment(priority.Id, commitmentDocument, commitmentOrder));
                    }

                    outcome.Priorities.Add(priority);
                }

                foreach (var (exampleDocument, exampleOrder) in outcomeDocument.DeliveryExamples.Select((d, i) => (d, i)))
                {
                    outcome.DeliveryExamples.Add(BuildDeliveryExample(outcome.Id, exampleDocument, exampleOrder));
                }

                strategy.Outcomes.Add(outcome);
                Outcomes.Add(outcome.Number, outcome);
            }

            Strategy = strategy;
        }

        private void AddStatements(Outcome outcome, OutcomeStatementKind kind, List<string> texts)
        {
            foreach (var (text, order) in texts.Select((t, i) => (t, i)))
            {
                outcome.Statements.Add(new OutcomeStatement { TenantId = tenantId, OutcomeId = outcome.Id, Kind = kind, Text = text, DisplayOrder = order });
            }
        }

        private Commitment BuildCommitment(Guid priorityId, CommitmentDocument document, int order)
        {
            var commitment = new Commitment { TenantId = tenantId, PriorityId = priorityId, Text = document.Text, Source = document.Source, DisplayOrder = order };
            // The commitment's lead bodies are those it names and those named for any of its plans.
            var leads = document.LeadBodies.Concat(document.Plans.SelectMany(p => p.LeadBodies)).Distinct(StringComparer.Ordinal);
            foreach (var key in leads)
            {
                commitment.LeadBodies.Add(new CommitmentLeadBody { TenantId = tenantId, CommitmentId = commitment.Id, OrganisationId = Organisations[key].Id });
            }

            foreach (var (planDocument, planOrder) in document.Plans.Select((p, i) => (p, i)))
            {
                var plan = new CommitmentPlan { TenantId = tenantId, CommitmentId = commitment.Id, PlanId = Plans[planDocument.Plan].Id, DisplayOrder = planOrder };
                foreach (var key in planDocument.LeadBodies.Distinct(StringComparer.Ordinal))
                {
                    plan.LeadBodies.Add(new CommitmentPlanLeadBody { TenantId = tenantId, CommitmentPlanId = plan.Id, OrganisationId = Organisations[key].Id });
                }

                commitment.Plans.Add(plan);
            }

            return commitment;
        }

        private DeliveryExample BuildDeliveryExample(Guid outcomeId, DeliveryExampleDocument document, int order)
        {
            var example = new DeliveryExample { TenantId = tenantId, OutcomeId = outcomeId, Title = document.Title, Description = document.Description, DisplayOrder = order };
            foreach (var key in document.LeadBodies.Distinct(StringComparer.Ordinal))
            {
                example.LeadBodies.Add(new DeliveryExampleLeadBody { TenantId = tenantId, DeliveryExampleId = example.Id, OrganisationId = Organisations[key].Id });
            }

            foreach (var (milestoneDocument, milestoneOrder) in document.Milestones.Select((m, i) => (m, i)))
            {
                var due = milestoneDocument.Due is { } text ? MilestoneDue.TryParse(text) : null;
                example.Milestones.Add(new Milestone
                {
                    TenantId = tenantId,
                    DeliveryExampleId = example.Id,
                    Title = milestoneDocument.Title,
                    DueDate = due?.Date,
                    DuePrecision = due?.Precision ?? DuePrecision.Month,
                    Status = Enum.Parse<MilestoneStatus>(milestoneDocument.Status),
                    DisplayOrder = milestoneOrder,
                });
            }

            return example;
        }

        private Indicator BuildIndicator(IndicatorSet set, IndicatorDocument document)
        {
            var defaultGeography = document.Baseline?.Geography ?? document.Geographies.FirstOrDefault() ?? "";
            var indicator = new Indicator
            {
                TenantId = tenantId,
                IndicatorSet = set,
                Ref = document.Ref,
                Level = Enum.Parse<IndicatorLevel>(document.Level),
                OutcomeId = document.Outcome is { } number ? Outcomes[number].Id : null,
                Service = document.Service,
                Statement = document.Statement,
                MeansOfVerification = document.MeansOfVerification,
                Notes = document.Notes,
                IncludedInStrategy = document.IncludedInStrategy,
                Status = Enum.Parse<IndicatorStatus>(document.Status),
                Polarity = Enum.Parse<Polarity>(document.Polarity),
                Unit = Enum.Parse<IndicatorUnit>(document.Unit),
                UnitLabel = document.UnitLabel,
                Decimals = document.Decimals ?? 0,
                BaselineValue = document.Baseline?.Value,
                BaselinePeriod = document.Baseline?.Period is { } baselinePeriod ? ReportingPeriod.Parse(baselinePeriod) : null,
                BaselineGeography = document.Baseline?.Geography,
                BaselineSource = document.Baseline?.Source,
            };
            foreach (var (name, order) in document.Geographies.Select((g, i) => (g, i)))
            {
                indicator.Geographies.Add(new IndicatorGeography { TenantId = tenantId, IndicatorId = indicator.Id, Name = name, DisplayOrder = order });
            }

            foreach (var external in document.ExternalIds)
            {
                indicator.ExternalIds.Add(new IndicatorExternalId { TenantId = tenantId, IndicatorId = indicator.Id, System = external.System, Value = external.Id });
            }

            foreach (var target in document.Targets)
            {
                indicator.Targets.Add(new IndicatorTarget
                {
                    TenantId = tenantId,
                    IndicatorId = indicator.Id,
                    Geography = target.Geography ?? defaultGeography,
                    Period = ReportingPeriod.Parse(target.Period!),
                    Value = target.Value,
                    Floor = target.Floor,
                    EffectiveFrom = DateOnly.ParseExact(target.EffectiveFrom!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Reason = target.Reason,
                    Source = target.Source,
                });
            }

            foreach (var point in document.Trajectory)
            {
                indicator.Trajectory.Add(new IndicatorTrajectoryPoint
                {
                    TenantId = tenantId,
                    IndicatorId = indicator.Id,
                    Geography = point.Geography ?? defaultGeography,
                    Period = ReportingPeriod.Parse(point.Period),
                    Value = point.Value,
                });
            }

            foreach (var value in document.Values)
            {
                indicator.Values.Add(new IndicatorValue
                {
                    TenantId = tenantId,
                    IndicatorId = indicator.Id,
                    Period = ReportingPeriod.Parse(value.Period),
                    Geography = value.Geography ?? defaultGeography,
                    Value = value.Value,
                    Numerator = value.Numerator,
                    Denominator = value.Denominator,
                    LowerCi = value.LowerCi,
                    UpperCi = value.UpperCi,
                    IsProvisional = value.Provisional,
                    Source = value.Source,
                    Note = value.Note,
                    PublishedRag = value.PublishedRag is { } rag ? Enum.Parse<Rag>(rag) : null,
                    PublishedDirection = value.PublishedDirection is { } direction ? Enum.Parse<DirectionOfTravel>(direction) : null,
                });
            }

            foreach (var conflict in document.Conflicts)
            {
                indicator.Conflicts.Add(Conflict(conflict, conflict.Subject ?? $"Indicator {document.Ref}: {conflict.Field}", indicator.Id));
            }

            return indicator;
        }

        private SeedConflict Conflict(ConflictDocument document, string subject, Guid? indicatorId)
        {
            var conflict = new SeedConflict { TenantId = tenantId, Subject = subject, Field = document.Field, Note = document.Note, IndicatorId = indicatorId };
            foreach (var (value, order) in document.Values.Select((v, i) => (v, i)))
            {
                conflict.Values.Add(new ConflictValue { TenantId = tenantId, SeedConflictId = conflict.Id, Value = value.Value ?? "", Source = value.Source ?? "", DisplayOrder = order });
            }

            return conflict;
        }
    }
}
