using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Seeding;
using KmIcs.Assurance.Data.StrategyDocuments;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.Extensions.Logging.Abstractions;

namespace KmIcs.Assurance.Data.Tests.Seeding;

/// <summary>
/// The real Kent and Medway data set (deploy/seed/kent-medway) goes into the database and comes back out unchanged,
/// with the counts its README and INDICATORS.md state.
/// </summary>
public class KentAndMedwaySeedTests
{
    private static SeedSet Seed => SeedSet.Read(SeedLocation.TenantFolder("kent-medway"));

    [Theory, BothDatabases]
    public async Task Export_after_seed_reproduces_every_outcome_commitment_and_indicator_figure(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var seed = Seed;
        await using (var db = database.CreateContext())
        {
            await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).MigrateAsync();
            var result = await new TenantSeedImporter(db, TimeProvider.System).ImportAsync(seed);
            Assert.True(result.Imported, result.Message);
        }

        await using var reader = database.CreateContext();
        var export = await new StrategyExporter(reader, TimeProvider.System).ExportAsync("kent-medway");

        Assert.NotNull(export);
        Assert.Equal(ComparableStrategy.FromSeed(seed), ComparableStrategy.FromExport(export));
    }

    [Fact]
    public void The_strategy_holds_six_shared_outcomes_and_three_enablers_with_their_priorities()
    {
        var outcomes = Seed.Strategy.Outcomes;

        Assert.Equal(["1", "2", "3", "4", "5", "6", "E1", "E2", "E3"], outcomes.Select(o => o.Number));
        Assert.Equal("Give children and young people the best start in life", outcomes[0].Title);
        // Outcome 6's fifth priority, "All priorities", holds the one plan table v1.8 prints for all four (deploy/seed/README.md).
        Assert.Equal([3, 4, 3, 3, 4, 5], outcomes.Take(6).Select(o => o.Priorities.Count));
        Assert.Equal(12, outcomes.Sum(o => o.IStatements.Count));
        Assert.Equal("We will work together to make health and wellbeing better than any partner can do alone", Seed.Strategy.Strategy.Vision);
    }

    [Fact]
    public void The_delivery_plan_holds_every_commitment_with_its_plans_lead_bodies_and_delivery_examples()
    {
        var strategy = Seed.Strategy;
        var commitments = strategy.Outcomes.SelectMany(o => o.Priorities).SelectMany(p => p.Commitments).ToList();

        Assert.Equal([24, 22, 15, 10, 16, 1, 2, 5, 1], strategy.Outcomes.Select(o => o.Priorities.Sum(p => p.Commitments.Count)));
        Assert.Equal(374, commitments.Sum(c => c.Plans.Count));
        Assert.Equal(270, strategy.Plans.Count);
        Assert.Equal(114, strategy.Organisations.Count);
        Assert.Equal(30, strategy.Outcomes.Sum(o => o.DeliveryExamples.Count));
        Assert.Equal(28, strategy.Outcomes.SelectMany(o => o.DeliveryExamples).Sum(d => d.Milestones.Count));
        Assert.Equal(41, strategy.PlacePriorities.Count);
        Assert.All(commitments, c => Assert.All(c.Plans.SelectMany(p => p.LeadBodies), lead => Assert.Contains(lead, c.LeadBodies)));
    }

    [Fact]
    public void Kent_county_council_is_one_organisation_known_by_every_spelling_the_documents_use()
    {
        var kcc = Seed.Strategy.Organisations.Single(o => o.ShortName == "KCC");

        Assert.Equal("Kent County Council", kcc.Name);
        Assert.Contains("Kent County Council (KCC)", kcc.Aliases);
        Assert.Contains(Seed.Strategy.Organisations, o => o.Parent == kcc.Key);
    }

    [Fact]
    public void The_logframe_holds_every_goal_purpose_and_outcome_indicator()
    {
        var logframe = Set("Logframe");

        Assert.Equal(89, logframe.Indicators.Count);
        Assert.Equal(["G.1", "G.2", "G.3", "G.4"], logframe.Indicators.Where(i => i.Level == "Goal").Select(i => i.Ref));
        Assert.Equal(["P.1", "P.2", "P.3"], logframe.Indicators.Where(i => i.Level == "Purpose").Select(i => i.Ref));
        Assert.Equal([21, 10, 18, 9, 8, 16], Enumerable.Range(1, 6).Select(n => logframe.Indicators.Count(i => i.Outcome == n.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal("6.16", logframe.Indicators[^1].Ref);
        Assert.Equal(21, logframe.Indicators.Count(i => i.IncludedInStrategy));
        Assert.Equal(39, logframe.Indicators.Count(i => i.Status == "WorkInProgress"));
        Assert.Equal(20, logframe.Indicators.Count(i => i.Baseline?.Value is not null));
        Assert.Equal(23, logframe.Indicators.Sum(i => i.Values.Count));
    }

    [Fact]
    public void Logframe_1_1_keeps_its_baseline_target_and_fingertips_id()
    {
        var indicator = Set("Logframe").Indicators.Single(i => i.Ref == "1.1");

        Assert.Equal(65.8m, indicator.Baseline?.Value);
        Assert.Equal("2021/22", indicator.Baseline?.Period);
        Assert.Equal(70m, indicator.Targets.Single().Value);
        Assert.Contains(new ExternalIdDocument("Fingertips", "90631"), indicator.ExternalIds);
    }

    [Fact]
    public void The_kpi_dashboard_holds_every_service_kpi_with_targets_and_published_ratings()
    {
        var kpis = Set("ServiceKpi");

        Assert.Equal(19, kpis.Indicators.Count);
        Assert.Equal(25, kpis.Indicators.Sum(i => i.Targets.Count));
        Assert.Equal(100, kpis.Indicators.Sum(i => i.Values.Count));
        var rated = kpis.Indicators.SelectMany(i => i.Values).Where(v => v.PublishedRag is not null).ToList();
        Assert.Equal(76, rated.Count);
        Assert.Equal(58, rated.Count(v => v.PublishedRag == "Green"));
        Assert.Equal(18, rated.Count(v => v.PublishedRag == "Amber"));
    }

    private static IndicatorSetDocument Set(string name) => Seed.IndicatorSets.Select(s => s.Set).Single(s => s.IndicatorSet == name);
}
