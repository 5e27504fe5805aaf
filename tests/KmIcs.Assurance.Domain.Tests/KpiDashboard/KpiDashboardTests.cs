using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Ratings;
using KmIcs.Assurance.Domain.Rules;

namespace KmIcs.Assurance.Domain.Tests.KpiDashboard;

/// <summary>
/// Our RAG and direction rules against every rating the KCC Public Health KPI dashboard printed (seed 002,
/// Appendix 1). Where the printed rating cannot be reproduced the rule is not changed: the cell is marked
/// "published differs", the test pins what the rule gives, and KpiDashboardDifferences.md explains why.
/// </summary>
public class KpiDashboardTests
{
    public static TheoryData<string, string> CellsAsPublished => Cells(differs: false);

    public static TheoryData<string, string> CellsThatDiffer => Cells(differs: true);

    public static TheoryData<string> DirectionsAsPublished => Directions(differs: false);

    public static TheoryData<string> DirectionsThatDiffer => Directions(differs: true);

    [Theory]
    [MemberData(nameof(CellsAsPublished))]
    public void Rag_rule_reproduces_the_published_rating(string kpiRef, string period)
    {
        var kpi = KpiDashboardData.Find(kpiRef);

        Assert.Equal(kpi.Cell(period).PublishedRag, Rate(kpi, period));
    }

    [Theory]
    [MemberData(nameof(CellsThatDiffer))]
    public void Rag_rule_keeps_its_own_rating_where_the_published_one_differs(string kpiRef, string period)
    {
        var kpi = KpiDashboardData.Find(kpiRef);
        var cell = kpi.Cell(period);

        Assert.Equal(cell.RuleGives, Rate(kpi, period));
        Assert.NotEqual(cell.PublishedRag, cell.RuleGives);
    }

    [Theory]
    [MemberData(nameof(DirectionsAsPublished))]
    public void Direction_rule_reproduces_the_published_arrow(string kpiRef)
    {
        var kpi = KpiDashboardData.Find(kpiRef);

        Assert.NotNull(kpi.PublishedDirection);
        Assert.Equal(kpi.PublishedDirection, Direction(kpi));
    }

    [Theory]
    [MemberData(nameof(DirectionsThatDiffer))]
    public void Direction_rule_keeps_its_own_result_where_the_published_arrow_cannot_be_read(string kpiRef)
    {
        var kpi = KpiDashboardData.Find(kpiRef);

        Assert.Null(kpi.PublishedDirection);
        Assert.Equal(kpi.RuleDirection, Direction(kpi));
    }

    [Fact]
    public void Dashboard_transcribes_every_printed_row_and_column()
    {
        var quarterly = KpiDashboardData.Kpis.Where(k => k.Cells.Count == 5).Select(k => k.Ref);
        var annual = KpiDashboardData.Kpis.Where(k => k.Cells.Count == 6).Select(k => k.Ref);

        Assert.Equal(
            ["PH04", "PH14", "PH15", "PH16", "PH23", "PH17", "PH18", "PH13", "PH03", "PH01", "PH11", "PH25", "PH24", "PH22"],
            quarterly);
        Assert.Equal(["PH09", "PH10", "PH05", "PH06", "PH07"], annual);
    }

    [Fact]
    public void Every_difference_is_listed_in_KpiDashboardDifferences_md()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "KpiDashboardDifferences.md"));

        var missing = KpiDashboardData.Kpis
            .SelectMany(kpi => kpi.Cells
                .Where(cell => cell.PublishedDiffers)
                .Select(cell => (kpi.Ref, cell.Period, Rule: cell.RuleGives.ToString()))
                .Concat(kpi.DirectionDiffers ? [(kpi.Ref, kpi.Cells[^1].Period, Rule: kpi.RuleDirection.ToString())] : []))
            .Where(d => !lines.Any(line =>
                line.StartsWith($"| {d.Ref} | {d.Period} |", StringComparison.Ordinal)
                && line.Contains($"| {d.Rule} |", StringComparison.Ordinal)))
            .Select(d => $"{d.Ref} {d.Period} ({d.Rule})")
            .ToList();

        Assert.Empty(missing);
    }

    /// <summary>
    /// The quarter's (or rolling year's) target is the one of the financial year it ends in, as agreed on the day of
    /// the paper; the floor is whatever the target row holds (null throughout this dashboard).
    /// </summary>
    private static Rag Rate(DashboardKpi kpi, string period)
    {
        var indicator = kpi.ToIndicator();
        var value = indicator.Values.Single(v => v.Period == ReportingPeriod.Parse(period));
        var target = TargetSelectionRule.SelectTarget(indicator.Targets, value.Geography, value.Period, KpiDashboardData.PaperDate);
        var trajectory = TargetSelectionRule.SelectTrajectoryPoint(indicator.Trajectory, value.Geography, value.Period);

        return IndicatorRagRule.Rate(indicator.Polarity, value.Value, target?.Value, target?.Floor, trajectory?.Value);
    }

    private static DirectionOfTravel Direction(DashboardKpi kpi)
    {
        var indicator = kpi.ToIndicator();
        var latestKind = ReportingPeriod.Parse(kpi.Cells[^1].Period).Kind;

        return DirectionOfTravelRule.Assess(indicator, KpiDashboardData.Geography, latestKind);
    }

    private static TheoryData<string, string> Cells(bool differs)
    {
        var data = new TheoryData<string, string>();
        foreach (var kpi in KpiDashboardData.Kpis)
        {
            foreach (var cell in kpi.Cells.Where(c => c.PublishedDiffers == differs))
            {
                data.Add(kpi.Ref, cell.Period);
            }
        }

        return data;
    }

    private static TheoryData<string> Directions(bool differs)
    {
        var data = new TheoryData<string>();
        foreach (var kpi in KpiDashboardData.Kpis.Where(k => k.DirectionDiffers == differs))
        {
            data.Add(kpi.Ref);
        }

        return data;
    }
}
