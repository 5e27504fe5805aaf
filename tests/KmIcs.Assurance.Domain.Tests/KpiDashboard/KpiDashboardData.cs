using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Ratings;

namespace KmIcs.Assurance.Domain.Tests.KpiDashboard;

/// <summary>
/// The Public Health commissioned services KPI dashboard of 14 May 2024 (seed 002, Appendix 1, lines ~2470-2520),
/// transcribed cell by cell: the quarterly table (Target 22/23, Target 23/24, Q3 22/23 .. Q3 23/24, DoT) and the
/// "Commissioned services annual activity" table (2017/18 .. 2022/23, DoT).
/// </summary>
/// <remarks>
/// Floor standards. Paragraph 2.7 defines the bands ("Red: below a pre-defined floor standard") but the pack prints
/// no floor for any KPI, neither in a column nor in a footnote, so every floor here is null. Our rule then rates a
/// missed target Amber, which is what the dashboard prints for every miss (it prints no Red at all).
///
/// Quarterly columns are financial-year quarters; the two "(12 month rolling)" KPIs (PH04, PH01) are the twelve
/// months ending with each quarter. A quarter is judged against the target of the financial year it falls in.
/// Printed letters: "G", "A", "R", "nca" (not currently available) and "" where no letter is printed.
///
/// Where the rule cannot reproduce a printed rating the cell says so (<see cref="DashboardCell.RuleGives"/> and
/// <see cref="DashboardCell.WhyDifferent"/>); the rule is not bent to fit. KpiDashboardDifferences.md lists them.
/// </remarks>
internal static class KpiDashboardData
{
    public const string Geography = "Kent";

    public static readonly DateOnly PaperDate = new(2024, 5, 14);

    private static readonly string[] Quarters = ["Q3 2022/23", "Q4 2022/23", "Q1 2023/24", "Q2 2023/24", "Q3 2023/24"];

    private static readonly string[] Rolling = ["R12 to 2022-12", "R12 to 2023-03", "R12 to 2023-06", "R12 to 2023-09", "R12 to 2023-12"];

    private static readonly string[] Years = ["2017/18", "2018/19", "2019/20", "2020/21", "2021/22", "2022/23"];

    private const string NoTargetPrinted =
        "The annual activity table prints no target for NCMP participation. Para 3.21's \"current target (92%)\" "
        + "names no year and cannot be the 2022/23 target (PH10 is rated G at 90%), so no target is recorded.";

    private const string SampleYear = " 2020/21 is the ** year in which only a 10% sample was requested.";

    public static readonly DashboardKpi[] Kpis =
    [
        // Health Visiting
        Kpi("PH04", Polarity.HigherIsBetter, 0, 65_000m, 68_000m, Rolling,
            [C(69_082m, "G"), C(68_852m, "G"), C(68_713m, "G"), C(68_579m, "G"), C(68_050m, "G")],
            "Û", DirectionOfTravel.Worsened),
        Kpi("PH14", Polarity.HigherIsBetter, 0, 43m, 43m, Quarters,
            [C(53m, "G"), C(57m, "G"), C(56m, "G"), C(54m, "G"), C(52m, "G")],
            "Û", DirectionOfTravel.Worsened),
        Kpi("PH15", Polarity.HigherIsBetter, 1, 95m, 95m, Quarters,
            [C(93m, "A"), C(93m, "A"), C(94m, "A"), C(94.6m, "A"), C(94m, "A")],
            @"\$", published: null, ruleGives: DirectionOfTravel.Worsened,
            whyDifferent: "Glyph garbled by the text conversion. 94.6% to 94% is a fall of 0.6, more than the 0.05 "
                + "tolerance, so the rule says Worsened. The same glyph on PH13 and PH03 sits on unchanged values, "
                + "so it probably means \"remained the same\"; if so, KCC compared other figures than the printed ones."),
        Kpi("PH16", Polarity.HigherIsBetter, 0, 85m, 85m, Quarters,
            [C(91m, "G"), C(90m, "G"), C(93m, "G"), C(94m, "G"), C(93m, "G")],
            "Û", DirectionOfTravel.Worsened),

        // No target ("-") and no RAG letter. Polarity HigherIsBetter because the dashboard prints a DoT arrow for it
        // (the seed file records NoJudgement, which would make the rule's direction NotComparable).
        Kpi("PH23", Polarity.HigherIsBetter, 0, null, null, Quarters,
            [C(52m, ""), C(50m, ""), C(52m, ""), C(52m, ""), C(52m, "")],
            "‡", published: null, ruleGives: DirectionOfTravel.NoChange,
            whyDifferent: "Glyph garbled by the text conversion; 52% to 52% is unchanged."),
        Kpi("PH17", Polarity.HigherIsBetter, 0, 85m, 85m, Quarters,
            [C(92m, "G"), C(93m, "G"), C(92m, "G"), C(93m, "G"), C(93m, "G")],
            "⇔", DirectionOfTravel.NoChange),
        Kpi("PH18", Polarity.HigherIsBetter, 0, 80m, 80m, Quarters,
            [C(86m, "G"), C(85m, "G"), C(89m, "G"), C(91m, "G"), C(93m, "G")],
            "仓", DirectionOfTravel.Improved),

        // Structured Substance Misuse Treatment
        Kpi("PH13", Polarity.HigherIsBetter, 0, 85m, 85m, Quarters,
            [C(77m, "A"), C(90m, "G"), C(88m, "G"), C(84m, "A"), C(84m, "A")],
            @"\$", published: null, ruleGives: DirectionOfTravel.NoChange,
            whyDifferent: "Glyph garbled by the text conversion; 84% to 84% is unchanged."),

        // 25% against a 25% target is printed G: the dashboard's own evidence that a value on target is Green.
        Kpi("PH03", Polarity.HigherIsBetter, 0, 25m, 25m, Quarters,
            [C(26m, "G"), C(25m, "G"), C(25m, "G"), C(26m, "G"), C(26m, "G")],
            @"\$", published: null, ruleGives: DirectionOfTravel.NoChange,
            whyDifferent: "Glyph garbled by the text conversion; 26% to 26% is unchanged."),

        // Lifestyle and Prevention
        Kpi("PH01", Polarity.HigherIsBetter, 0, 23_844m, 23_844m, Rolling,
            [C(22_255m, "A"), C(25_114m, "G"), C(26_565m, "G"), C(28_722m, "G"), C(30_188m, "G")],
            "仓", DirectionOfTravel.Improved),
        Kpi("PH11", Polarity.HigherIsBetter, 0, 52m, 55m, Quarters,
            [
                C(57m, "G"),
                C(54m, "A", ruleGives: Rag.Green,
                    whyDifferent: "54% meets the printed 2022/23 target of 52%. The printed A matches the 2023/24 "
                        + "target of 55%, so the quarter was probably judged against next year's target or a mid-year "
                        + "revision the table does not show."),
                C(54m, "A"), C(50m, "A"), C(58m, "G"),
            ],
            "仓", DirectionOfTravel.Improved),

        // No 2022/23 target is printed ("-"); the rule judges the 2022/23 quarters against the nearest target ahead
        // (55% for 2023/24), which reproduces the printed A and G.
        Kpi("PH25", Polarity.HigherIsBetter, 0, null, 55m, Quarters,
            [C(54m, "A"), C(59m, "G"), C(62m, "G"), C(52m, "A"), C(58m, "G")],
            "仓", DirectionOfTravel.Improved),

        // Sexual Health
        Kpi("PH24", Polarity.HigherIsBetter, 0, 92m, 95m, Quarters,
            [C(96m, "G"), C(98m, "G"), C(98m, "G"), C(98m, "G"), C(99m, "G")],
            "û", published: null, ruleGives: DirectionOfTravel.Improved,
            whyDifferent: "Glyph garbled by the text conversion (probably the up arrow); 98% to 99% is a rise."),

        // Mental Wellbeing
        Kpi("PH22", Polarity.HigherIsBetter, 1, 90m, 98m, Quarters,
            [C(99m, "G"), C(99m, "G"), C(null, "nca"), C(99.6m, "G"), C(97m, "A")],
            "Û", DirectionOfTravel.Worsened),

        // Commissioned services annual activity
        Kpi("PH09", Polarity.HigherIsBetter, 0, null, null, Years,
            [
                C(93m, "G", Rag.NoTarget, NoTargetPrinted), C(95m, "G", Rag.NoTarget, NoTargetPrinted),
                C(95m, "G", Rag.NoTarget, NoTargetPrinted), C(85m, "G", Rag.NoTarget, NoTargetPrinted + SampleYear),
                C(88m, "A", Rag.NoTarget, NoTargetPrinted), C(93m, "G", Rag.NoTarget, NoTargetPrinted),
            ],
            "仓", DirectionOfTravel.Improved),
        Kpi("PH10", Polarity.HigherIsBetter, 1, null, null, Years,
            [
                C(96m, "G", Rag.NoTarget, NoTargetPrinted), C(94m, "G", Rag.NoTarget, NoTargetPrinted),
                C(94m, "G", Rag.NoTarget, NoTargetPrinted), C(9.8m, "A", Rag.NoTarget, NoTargetPrinted + SampleYear),
                C(87m, "A", Rag.NoTarget, NoTargetPrinted), C(90m, "G", Rag.NoTarget, NoTargetPrinted),
            ],
            "仓", DirectionOfTravel.Improved),

        // Cumulative over each 5-year programme. HigherIsBetter because the dashboard prints an arrow for it (the
        // seed file records NoJudgement).
        Kpi("PH05", Polarity.HigherIsBetter, 0, null, null, Years,
            [C(198_980m, ""), C(36_093m, ""), C(76_093m, ""), C(79_583m, ""), C(96_323m, ""), C(121_437m, "")],
            "1", published: null, ruleGives: DirectionOfTravel.Improved,
            whyDifferent: "Glyph garbled by the text conversion (printed as \"1\"); 96,323 to 121,437 is a rise."),
        Kpi("PH06", Polarity.HigherIsBetter, 0, null, null, Years,
            [C(4_466m, ""), C(4_900m, ""), C(5_053m, ""), C(4_944m, ""), C(5_108m, ""), C(5_084m, "")],
            "Û", DirectionOfTravel.Worsened),
        Kpi("PH07", Polarity.HigherIsBetter, 0, null, null, Years,
            [C(75_694m, ""), C(76_264m, ""), C(71_543m, ""), C(58_457m, ""), C(65_166m, ""), C(58_012m, "")],
            "Û", DirectionOfTravel.Worsened),
    ];

    public static DashboardKpi Find(string kpiRef) => Kpis.Single(k => k.Ref == kpiRef);

    /// <summary>A value as printed, without its period (filled in from the table's columns by <see cref="Kpi"/>).</summary>
    private static DashboardCell C(decimal? value, string printed, Rag? ruleGives = null, string? whyDifferent = null) =>
        new(Period: "", value, printed, ruleGives, whyDifferent);

    private static DashboardKpi Kpi(
        string kpiRef,
        Polarity polarity,
        int decimals,
        decimal? target2223,
        decimal? target2324,
        string[] columns,
        DashboardCell[] cells,
        string printedGlyph,
        DirectionOfTravel? published,
        DirectionOfTravel? ruleGives = null,
        string? whyDifferent = null)
    {
        if (cells.Length != columns.Length)
        {
            throw new InvalidOperationException($"{kpiRef}: {cells.Length} cells for {columns.Length} columns.");
        }

        List<DashboardTarget> targets = [];
        if (target2223 is { } first)
        {
            targets.Add(new DashboardTarget("2022/23", first, Floor: null));
        }

        if (target2324 is { } second)
        {
            targets.Add(new DashboardTarget("2023/24", second, Floor: null));
        }

        return new DashboardKpi(
            kpiRef,
            polarity,
            decimals,
            targets,
            [.. cells.Select((cell, i) => cell with { Period = columns[i] })],
            printedGlyph,
            published,
            ruleGives,
            whyDifferent);
    }
}
