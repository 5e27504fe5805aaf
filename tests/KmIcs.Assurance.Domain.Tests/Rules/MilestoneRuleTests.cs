using System.Globalization;
using KmIcs.Assurance.Domain.Delivery;
using KmIcs.Assurance.Domain.Rules;

namespace KmIcs.Assurance.Domain.Tests.Rules;

public class MilestoneRuleTests
{
    [Theory]
    [InlineData("2024-03-15", false)]
    [InlineData("2024-03-16", true)]
    [InlineData("2024-03-14", false)]
    public void Milestone_due_on_a_day_is_overdue_from_the_next_day(string today, bool overdue)
    {
        var milestone = Milestone("2024-03-15", DuePrecision.Day, MilestoneStatus.InProgress);

        Assert.Equal(overdue, MilestoneRule.IsOverdue(milestone, Date(today)));
    }

    [Theory]
    [InlineData("2024-03-31", false)]
    [InlineData("2024-04-01", true)]
    [InlineData("2024-03-02", false)]
    public void Milestone_due_in_a_month_is_overdue_only_after_the_month_ends(string today, bool overdue)
    {
        var milestone = Milestone("2024-03-01", DuePrecision.Month, MilestoneStatus.NotStarted);

        Assert.Equal(overdue, MilestoneRule.IsOverdue(milestone, Date(today)));
    }

    [Fact]
    public void Month_precision_is_due_by_the_last_day_even_in_a_leap_february()
    {
        Assert.Equal(Date("2024-02-29"), MilestoneRule.DueBy(Date("2024-02-01"), DuePrecision.Month));
        Assert.Equal(Date("2024-02-29"), MilestoneRule.DueBy(Date("2024-02-17"), DuePrecision.Month));
    }

    [Fact]
    public void Complete_milestone_is_never_overdue()
    {
        var milestone = Milestone("2020-01-01", DuePrecision.Day, MilestoneStatus.Complete);

        Assert.False(MilestoneRule.IsOverdue(milestone, Date("2024-06-01")));
    }

    [Theory]
    [InlineData(MilestoneStatus.NotStarted)]
    [InlineData(MilestoneStatus.InProgress)]
    [InlineData(MilestoneStatus.Unknown)]
    public void Past_milestone_not_known_to_be_complete_is_overdue(MilestoneStatus status)
    {
        var milestone = Milestone("2024-03-01", DuePrecision.Month, status);

        Assert.True(MilestoneRule.IsOverdue(milestone, Date("2024-06-01")));
    }

    [Fact]
    public void Milestone_without_a_due_date_is_never_overdue()
    {
        var milestone = new Milestone { Title = "Ongoing engagement", DueDate = null, Status = MilestoneStatus.NotStarted };

        Assert.False(MilestoneRule.IsOverdue(milestone, Date("2099-01-01")));
    }

    private static Milestone Milestone(string due, DuePrecision precision, MilestoneStatus status) => new()
    {
        Title = "Launch Family Hub programme",
        DueDate = Date(due),
        DuePrecision = precision,
        Status = status,
    };

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
