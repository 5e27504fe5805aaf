using System.Globalization;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Rules;

namespace KmIcs.Assurance.Domain.Tests.Rules;

public class TargetSelectionRuleTests
{
    private static readonly DateOnly AsAt = Date("2024-05-14");

    [Theory]
    [InlineData("Q4 2022/23", 52)]
    [InlineData("Q1 2023/24", 55)]
    [InlineData("R12 to 2023-03", 52)]
    [InlineData("R12 to 2023-06", 55)]
    [InlineData("2023/24", 55)]
    public void Value_is_judged_against_the_target_of_the_year_its_period_ends_in(string period, int expected)
    {
        IndicatorTarget[] targets = [Target("2022/23", 52m), Target("2023/24", 55m)];

        Assert.Equal(expected, Select(targets, period)?.Value);
    }

    [Fact]
    public void Value_before_any_target_period_is_judged_against_the_nearest_target_ahead()
    {
        IndicatorTarget[] targets = [Target("2028", 70m), Target("2026", 68m)];

        Assert.Equal(68m, Select(targets, "2021/22")?.Value);
    }

    [Fact]
    public void Value_after_the_last_target_period_has_no_target()
    {
        IndicatorTarget[] targets = [Target("2022/23", 52m)];

        Assert.Null(Select(targets, "Q1 2023/24"));
    }

    [Fact]
    public void Shortest_period_containing_the_value_is_preferred()
    {
        IndicatorTarget[] targets = [Target("2022-24", 60m), Target("2023", 58m)];

        Assert.Equal(58m, Select(targets, "Q3 2023/24")?.Value);
    }

    [Fact]
    public void Later_revision_replaces_the_earlier_target_once_agreed()
    {
        IndicatorTarget[] targets =
        [
            Target("2023/24", 52m, effectiveFrom: "2023-04-01"),
            Target("2023/24", 55m, effectiveFrom: "2023-10-01"),
        ];

        Assert.Equal(55m, Select(targets, "Q3 2023/24")?.Value);
        Assert.Equal(52m, TargetSelectionRule.SelectTarget(targets, "Kent", ReportingPeriod.Parse("Q1 2023/24"), Date("2023-07-31"))?.Value);
    }

    [Fact]
    public void Target_agreed_after_the_as_at_date_is_not_used()
    {
        IndicatorTarget[] targets = [Target("2023/24", 55m, effectiveFrom: "2024-06-01")];

        Assert.Null(Select(targets, "Q3 2023/24"));
    }

    [Fact]
    public void Target_for_another_area_is_not_used()
    {
        IndicatorTarget[] targets = [Target("2023/24", 55m, geography: "Medway"), Target("2023/24", 50m, geography: "KENT")];

        Assert.Equal(50m, Select(targets, "Q3 2023/24")?.Value);
    }

    [Fact]
    public void Trajectory_point_is_found_for_exactly_its_period_and_area()
    {
        IndicatorTrajectoryPoint[] points =
        [
            new() { Geography = "Kent", Period = ReportingPeriod.Parse("2024/25"), Value = 66m },
            new() { Geography = "Medway", Period = ReportingPeriod.Parse("2025/26"), Value = 60m },
            new() { Geography = "Kent", Period = ReportingPeriod.Parse("2025/26"), Value = 67m },
        ];

        Assert.Equal(67m, TargetSelectionRule.SelectTrajectoryPoint(points, "Kent", ReportingPeriod.Parse("2025-26"))?.Value);
        Assert.Null(TargetSelectionRule.SelectTrajectoryPoint(points, "Kent", ReportingPeriod.Parse("Q1 2025/26")));
    }

    private static IndicatorTarget? Select(IEnumerable<IndicatorTarget> targets, string period) =>
        TargetSelectionRule.SelectTarget(targets, "Kent", ReportingPeriod.Parse(period), AsAt);

    private static IndicatorTarget Target(string period, decimal value, string effectiveFrom = "2023-04-01", string geography = "Kent") => new()
    {
        Geography = geography,
        Period = ReportingPeriod.Parse(period),
        Value = value,
        EffectiveFrom = Date(effectiveFrom),
    };

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
