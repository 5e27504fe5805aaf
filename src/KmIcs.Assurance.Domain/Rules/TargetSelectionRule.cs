using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;

namespace KmIcs.Assurance.Domain.Rules;

/// <summary>Finds the target and trajectory point a value is judged against.</summary>
public static class TargetSelectionRule
{
    /// <summary>
    /// The target standing on <paramref name="asAt"/> for a value of <paramref name="geography"/> in
    /// <paramref name="period"/>:
    /// <list type="number">
    /// <item>only targets for that area, agreed on or before <paramref name="asAt"/>, so a past rating can be
    /// reproduced with the targets of the time;</item>
    /// <item>a target whose period contains the end of the value's period (a quarter is judged against its financial
    /// year's target), the shortest such period first because it is the most specific;</item>
    /// <item>otherwise the nearest target still ahead (a 2021/22 value is judged against the "by 2028" target,
    /// reading Amber as "not yet met");</item>
    /// <item>between rows for the same target period, the latest agreed, because a revision replaces what it revises.</item>
    /// </list>
    /// A value after the last target's period has no target: a past ambition is not today's standard.
    /// </summary>
    public static IndicatorTarget? SelectTarget(
        IEnumerable<IndicatorTarget> targets, string geography, ReportingPeriod period, DateOnly asAt)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(geography);
        ArgumentNullException.ThrowIfNull(period);

        var standing = targets
            .Where(t => t.EffectiveFrom <= asAt && SameArea(t.Geography, geography))
            .ToList();

        var covering = standing
            .Where(t => t.Period.Contains(period.End))
            .OrderBy(t => t.Period.End.DayNumber - t.Period.Start.DayNumber)
            .ThenByDescending(t => t.EffectiveFrom)
            .FirstOrDefault();

        return covering ?? standing
            .Where(t => t.Period.End > period.End)
            .OrderBy(t => t.Period.End)
            .ThenByDescending(t => t.EffectiveFrom)
            .FirstOrDefault();
    }

    /// <summary>The trajectory point set for exactly this area and period, if any.</summary>
    public static IndicatorTrajectoryPoint? SelectTrajectoryPoint(
        IEnumerable<IndicatorTrajectoryPoint> points, string geography, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(points);
        return points.FirstOrDefault(p => p.Period == period && SameArea(p.Geography, geography));
    }

    private static bool SameArea(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);
}
