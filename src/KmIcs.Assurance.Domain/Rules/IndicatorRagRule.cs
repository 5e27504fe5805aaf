using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Ratings;

namespace KmIcs.Assurance.Domain.Rules;

/// <summary>
/// Rates a value against its target and floor standard the way the KCC Public Health KPI dashboard defines the
/// bands (002, para 2.7 and the key): Green "target has been achieved", Amber "floor standard achieved but target
/// has not been met", Red "floor standard has not been achieved".
/// </summary>
/// <remarks>
/// Boundaries. "Achieved" and "met" include the limit itself, for both polarities: a value exactly on the target
/// is Green and a value exactly on the floor is Amber. That is also Fingertips' single-value target rule (at least
/// the limit for higher-is-better, at most for lower-is-better), and the dashboard itself rates PH03 Green at 25%
/// against a 25% target. Fingertips' range rule would make an exactly-on-target lower-is-better value Amber; we do
/// not follow it, so the two polarities mirror each other.
///
/// No floor. A target without a floor standard can only tell "met" from "not yet met", so a miss is Amber, never
/// Red: Red claims a floor was breached, and there is none to breach.
///
/// Trajectory. When the plan sets an interim level for the value's period, the value is judged against that level
/// instead of the final target (an improving indicator on track is Green early on); the floor still applies.
///
/// Grey states. NoJudgement polarity and a missing target give NoTarget even when there is no value, because
/// "nothing agreed to judge it by" stays true after the value arrives; NotAvailable means a target exists and the
/// value is missing (the dashboard's "nca").
///
/// A floor on the wrong side of the target (above it for higher-is-better) leaves no Amber band: such a value is
/// Green or Red. Target entry should refuse it; the rule does not guess which number is wrong.
/// </remarks>
public static class IndicatorRagRule
{
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="value">The value to rate; null when not available.</param>
    /// <param name="target">The target for the value's period; null when none is agreed.</param>
    /// <param name="floor">The floor standard; null when none is set.</param>
    /// <param name="trajectory">The interim level for the value's period, when the plan sets one.</param>
    public static Rag Rate(Polarity polarity, decimal? value, decimal? target, decimal? floor, decimal? trajectory = null)
    {
        if (polarity == Polarity.NoJudgement)
        {
            return Rag.NoTarget;
        }

        var goal = trajectory ?? target;
        if (goal is null)
        {
            return Rag.NoTarget;
        }

        if (value is null)
        {
            return Rag.NotAvailable;
        }

        if (Reaches(polarity, value.Value, goal.Value))
        {
            return Rag.Green;
        }

        if (floor is null)
        {
            return Rag.Amber;
        }

        return Reaches(polarity, value.Value, floor.Value) ? Rag.Amber : Rag.Red;
    }

    /// <summary>Whether the value is at the limit or on its good side.</summary>
    private static bool Reaches(Polarity polarity, decimal value, decimal limit) => polarity switch
    {
        Polarity.HigherIsBetter => value >= limit,
        Polarity.LowerIsBetter => value <= limit,
        Polarity.NoJudgement => throw new ArgumentOutOfRangeException(
            nameof(polarity), polarity, "A no-judgement indicator has no good side."),
    };
}
