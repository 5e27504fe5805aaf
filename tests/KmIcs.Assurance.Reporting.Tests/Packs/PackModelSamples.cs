using KmIcs.Assurance.Domain.Delivery;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Domain.Ratings;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Reporting.Charts;
using KmIcs.Assurance.Reporting.Packs;

namespace KmIcs.Assurance.Reporting.Tests.Packs;

/// <summary>
/// Pack models built by hand, as the pack builder would take them: two outcomes and an enabler, indicators with and
/// without data, commitments with and without an approved status, exceptions, a conflict and log entries.
/// </summary>
public static class PackModelSamples
{
    public static readonly DateOnly AsAt = new(2026, 12, 4);

    public static readonly Guid SchoolReadiness = new("0193a0a0-0000-7000-8000-000000000001");

    public static readonly Guid WarmHomes = new("0193a0a0-0000-7000-8000-000000000002");

    public static PackModel Annual() => new(
        PackModel.CurrentFormat,
        PackKind.Annual,
        "strategy",
        "The whole strategy",
        "Annual indicator update 2026",
        "OFFICIAL",
        AsAt,
        2,
        new DateTimeOffset(2026, 12, 4, 14, 5, 0, TimeSpan.Zero),
        "Kent and Medway Integrated Care Partnership",
        "Kent and Medway Integrated Care Strategy",
        "1.8",
        new PackMeeting("Integrated Care Partnership", "ICP meeting, December 2026", new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 1)),
        [.. BestStart(deepDive: false).Indicators.Take(1).Select(i => i with { Ref = "G.2", Statement = "Life expectancy at birth will rise" })],
        [BestStart(deepDive: false), WiderDeterminants(deepDive: false), Workforce()],
        Exceptions(),
        new PackDataQuality(
            [new PackDataItem("PH03", "Health checks completed", "Outcome 1", "Q2 2026/27 is provisional until the annual return")],
            [new PackDataItem("1.2", "Children ready for school", "Outcome 1", "No value has been published since the target was set")],
            [new PackDataItem("1.2", "Children ready for school", "Outcome 1", "The definition is still being agreed")],
            [new PackConflict("Target for 3.1", "Target", "3.1", ["25% (Shared Delivery Plan v1.8)", "30% (Health and Wellbeing Board strategy)"], "Raised with the strategy team")]),
        [
            new PackLogEntry(new DateTimeOffset(2026, 10, 2, 9, 30, 0, TimeSpan.Zero), "Value revised", "PH03 Q1 2026/27, Kent", "61.5% revised to 61.9%", "A. Analyst"),
            new PackLogEntry(new DateTimeOffset(2026, 11, 20, 16, 0, 0, TimeSpan.Zero), "Status decided", "Support families through early help hubs", "Some risk to On track", "R. Reviewer"),
        ],
        new PackChanges(
            new PackPrevious(new Guid("0193a0a0-0000-7000-8000-0000000000ff"), "Annual indicator update 2025", 1, new DateOnly(2025, 12, 5)),
            [new PackRatingChange("3.1", "Homes with good insulation", Rag.Amber, Rag.Red)],
            [new PackNewValue("PH03", "Q2 2026/27", "Kent", "63.0%")],
            [new PackStatusChange(SchoolReadiness, "Support families through early help hubs", CommitmentStatus.SomeRisk, CommitmentStatus.OnTrack)],
            [new PackExceptionItem(PackExceptionKind.IndicatorOffTrack, "Outcome 3", "3.1 Homes with good insulation", "Below the floor standard of 20%", null)]));

    /// <summary>A deep dive on outcome 3, with every area's figures, each lead body's updates and the status history.</summary>
    public static PackModel DeepDive() => Annual() with
    {
        Kind = PackKind.DeepDive,
        Scope = "outcome:3",
        ScopeTitle = "Outcome 3: Tackle the wider determinants of health",
        Title = "Deep dive: warm homes",
        DocumentVersion = 1,
        GoalIndicators = [],
        Sections = [WiderDeterminants(deepDive: true)],
        Exceptions = [.. Exceptions().Where(e => e.Section == "Outcome 3")],
        Changes = PackChanges.None,
    };

    private static PackSection BestStart(bool deepDive) => new(
        "1",
        "Give children and young people the best start in life",
        OutcomeKind.SharedOutcome,
        "Every child should start school ready to learn.\nFamilies get help early.",
        ["I get help for my child when I need it", "I am listened to"],
        ["Parents want one place to go"],
        new PackSummary(
            2,
            new Dictionary<Rag, int> { [Rag.Amber] = 1, [Rag.NotAvailable] = 1 },
            new Dictionary<BenchmarkComparison, int> { [BenchmarkComparison.Better] = 1, [BenchmarkComparison.NotCompared] = 1 },
            new Dictionary<DirectionOfTravel, int> { [DirectionOfTravel.Improved] = 1, [DirectionOfTravel.NotComparable] = 1 },
            1,
            new Dictionary<CommitmentStatus, int> { [CommitmentStatus.OnTrack] = 1 },
            0,
            2,
            1,
            ["Milestone \"Open six family hubs\" is overdue"]),
        [HealthChecks(deepDive), SchoolReady()],
        [new PackPriority("Support families early", [EarlyHelp(deepDive)])],
        [HubsMilestone(), PlanMilestone()],
        [new PackDeliveryExample("Family hubs", "Hubs in every district.", ["Kent County Council"], [HubsMilestone(), PlanMilestone()])],
        deepDive ? [new PackCompletion("Kent County Council", 1, 1, 0, 0, 0)] : []);

    private static PackSection WiderDeterminants(bool deepDive) => new(
        "3",
        "Tackle the wider determinants of health",
        OutcomeKind.SharedOutcome,
        "Warm, safe homes keep people well.",
        [],
        [],
        new PackSummary(
            1,
            new Dictionary<Rag, int> { [Rag.Red] = 1 },
            new Dictionary<BenchmarkComparison, int> { [BenchmarkComparison.Worse] = 1 },
            new Dictionary<DirectionOfTravel, int> { [DirectionOfTravel.Worsened] = 1 },
            1,
            new Dictionary<CommitmentStatus, int>(),
            1,
            0,
            0,
            ["3.1 Homes with good insulation is Red"]),
        [Insulation(deepDive)],
        [new PackPriority("Warm homes", [Insulate(deepDive)])],
        [],
        [],
        deepDive ? [new PackCompletion("Kent County Council", 1, 0, 1, 0, 0), new PackCompletion("Medway Council", 1, 0, 0, 0, 1)] : []);

    private static PackSection Workforce() => new(
        "E2",
        "A skilled and supported workforce",
        OutcomeKind.Enabler,
        null,
        [],
        [],
        new PackSummary(0, new Dictionary<Rag, int>(), new Dictionary<BenchmarkComparison, int>(), new Dictionary<DirectionOfTravel, int>(), 0, new Dictionary<CommitmentStatus, int>(), 0, 0, 0, []),
        [],
        [new PackPriority("Grow our own workforce", [])],
        [],
        [],
        []);

    private static PackIndicator HealthChecks(bool deepDive) => new(
        "PH03",
        "Health checks completed",
        IndicatorSet.ServiceKpi,
        IndicatorStatus.Agreed,
        "Quarterly return",
        "Public Health KPI dashboard",
        "Kent",
        "63.0%",
        "Q2 2026/27",
        true,
        "70.0%",
        "2026/27",
        "52.0% (2022/23)",
        Rag.Amber,
        DirectionOfTravel.Improved,
        BenchmarkComparison.Better,
        "England",
        "58.2%",
        "The latest value for Kent is 63.0% (provisional) in Q2 2026/27. It has improved since Q1 2026/27.",
        new PackChart(HealthCheckChart(), "Trend of indicator PH03", "Kent rose from 60.1% to 63.0%.", "70.0%", "50.0%"),
        deepDive ? [new PackArea("Kent", "63.0%", "Q2 2026/27", true, "70.0%", Rag.Amber, DirectionOfTravel.Improved, BenchmarkComparison.Better, "58.2%", new PackChart(HealthCheckChart(), "PH03 in Kent", "Kent against England.", "70.0%", "50.0%"))] : [],
        [
            new PackValue("Q4 2025/26", "Kent", "60.1%", "58.9% to 61.3%", false, null),
            new PackValue("Q1 2026/27", "Kent", "61.9%", "60.7% to 63.1%", false, "Revised in October"),
            new PackValue("Q2 2026/27", "Kent", "63.0%", "61.8% to 64.2%", true, null),
            new PackValue("Q2 2026/27", "England", "58.2%", null, false, null),
        ]);

    private static TrendChartModel HealthCheckChart()
    {
        List<ReportingPeriod> periods = [ReportingPeriod.Parse("Q4 2025/26"), ReportingPeriod.Parse("Q1 2026/27"), ReportingPeriod.Parse("Q2 2026/27")];
        return new TrendChartModel(
            periods,
            [
                new TrendSeries("Kent", "#005eb8", "circle", [new(0, periods[0], 60.1m, false), new(1, periods[1], 61.9m, false), new(2, periods[2], 63.0m, true)]),
                new TrendSeries("England", "#007f3b", "square", [new(2, periods[2], 58.2m, false)]),
            ],
            [new AxisTick(0, "0%"), new AxisTick(20, "20%"), new AxisTick(40, "40%"), new AxisTick(60, "60%"), new AxisTick(80, "80%")],
            new ReferenceLine("Target", 70m),
            new ReferenceLine("Floor standard", 50m),
            0,
            80);
    }

    private static TrendChartModel InsulationChart(string area, decimal first, decimal last)
    {
        List<ReportingPeriod> periods = [ReportingPeriod.Parse("2024/25"), ReportingPeriod.Parse("2025/26")];
        return new TrendChartModel(
            periods,
            [new TrendSeries(area, "#005eb8", "circle", [new(0, periods[0], first, false), new(1, periods[1], last, false)])],
            [new AxisTick(0, "0%"), new AxisTick(10, "10%"), new AxisTick(20, "20%"), new AxisTick(30, "30%")],
            new ReferenceLine("Target", 25m),
            new ReferenceLine("Floor standard", 20m),
            0,
            30);
    }

    private static PackIndicator SchoolReady() => new(
        "1.2",
        "Children ready for school",
        IndicatorSet.Logframe,
        IndicatorStatus.WorkInProgress,
        null,
        null,
        "Kent and Medway",
        null,
        null,
        false,
        "75%",
        "2027/28",
        null,
        Rag.NotAvailable,
        DirectionOfTravel.NotComparable,
        BenchmarkComparison.NotCompared,
        "England",
        null,
        "There is no value yet for Kent and Medway.",
        null,
        [],
        []);

    private static PackIndicator Insulation(bool deepDive) => new(
        "3.1",
        "Homes with good insulation",
        IndicatorSet.Logframe,
        IndicatorStatus.Agreed,
        "EPC register",
        "Office for National Statistics",
        "Kent and Medway",
        "18%",
        "2025/26",
        false,
        "25%",
        "2026/27",
        "22% (2021/22)",
        Rag.Red,
        DirectionOfTravel.Worsened,
        BenchmarkComparison.Worse,
        "England",
        "24%",
        "The latest value for Kent and Medway is 18% in 2025/26.",
        new PackChart(InsulationChart("Kent and Medway", 22m, 18m), "Trend of indicator 3.1", "Kent and Medway fell from 22% to 18%.", "25%", "20%"),
        deepDive
            ? [
                new PackArea("Kent", "19%", "2025/26", false, "25%", Rag.Red, DirectionOfTravel.Worsened, BenchmarkComparison.Worse, "24%", new PackChart(InsulationChart("Kent", 23m, 19m), "3.1 in Kent", "Kent fell from 23% to 19%.", "25%", "20%")),
                new PackArea("Medway", null, null, false, "25%", Rag.NotAvailable, DirectionOfTravel.NotComparable, BenchmarkComparison.NotCompared, null, null),
            ]
            : [],
        [new PackValue("2025/26", "Kent and Medway", "18%", null, false, null)]);

    private static PackCommitment EarlyHelp(bool deepDive) => new(
        SchoolReadiness,
        "Support families through early help hubs",
        ["Shared Delivery Plan"],
        ["Kent County Council"],
        CommitmentStatus.OnTrack,
        new DateTimeOffset(2026, 11, 20, 16, 0, 0, TimeSpan.Zero),
        false,
        "Four hubs are open.\nTwo more open in spring.",
        "Jo Lead",
        new DateTimeOffset(2026, 11, 20, 16, 0, 0, TimeSpan.Zero),
        deepDive ? [new PackUpdate("Kent County Council", "Autumn 2026", CommitmentStatus.OnTrack, UpdateState.Approved, "Four hubs open", null, null, "Open two more", null, null)] : [],
        deepDive ? [new PackDecision(1, CommitmentStatus.OnTrack, null, "R. Reviewer", new DateTimeOffset(2026, 11, 20, 16, 0, 0, TimeSpan.Zero))] : []);

    private static PackCommitment Insulate(bool deepDive) => new(
        WarmHomes,
        "Insulate 5,000 homes by 2028",
        ["Shared Delivery Plan", "Housing strategy"],
        ["Kent County Council", "Medway Council"],
        null,
        null,
        false,
        null,
        null,
        null,
        deepDive
            ? [
                new PackUpdate("Kent County Council", "Autumn 2026", CommitmentStatus.SomeRisk, UpdateState.Submitted, "1,200 homes insulated", "Survey complete", "Installer shortage", "Recruit installers", new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero), null),
                new PackUpdate("Medway Council", "Autumn 2026", null, UpdateState.Draft, null, null, null, null, null, null),
            ]
            : [],
        deepDive
            ? [
                new PackDecision(1, CommitmentStatus.NotStarted, "Funding not yet agreed", "R. Reviewer", new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero)),
                // 23:30 UTC on 30 June is 00:30 on 1 July in England: the pack prints the UK date.
                new PackDecision(2, CommitmentStatus.SomeRisk, "Installer shortage", "R. Reviewer", new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero)),
            ]
            : []);

    private static PackMilestone HubsMilestone() =>
        new("Open six family hubs", "Family hubs", new DateOnly(2026, 9, 30), DuePrecision.Month, MilestoneStatus.InProgress, true, ["Kent County Council"]);

    private static PackMilestone PlanMilestone() =>
        new("Agree the hubs plan", "Family hubs", new DateOnly(2026, 3, 14), DuePrecision.Day, MilestoneStatus.Complete, false, ["Kent County Council"]);

    private static List<PackExceptionItem> Exceptions() =>
    [
        new(PackExceptionKind.IndicatorOffTrack, "Outcome 3", "3.1 Homes with good insulation", "Below the floor standard of 20%", null),
        new(PackExceptionKind.OverdueMilestone, "Outcome 1", "Open six family hubs", "Due September 2026", "Kent County Council"),
        new(PackExceptionKind.MissingUpdate, "Outcome 3", "Insulate 5,000 homes by 2028", "No update submitted for Autumn 2026", "Medway Council"),
        new(PackExceptionKind.MissingUpdate, "Outcome 1", "Support families through early help hubs", "No update submitted for Autumn 2026", "Medway Council"),
        new(PackExceptionKind.MissingUpdate, "Outcome 3", "Insulate 5,000 homes by 2028", "Update still a draft", "Kent County Council"),
    ];
}
