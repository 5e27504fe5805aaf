using System.Globalization;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Ratings;

namespace KmIcs.Assurance.Domain.Rules;

/// <summary>
/// Compares an area with a benchmark by Fingertips' "single overlapping confidence intervals" method: a benchmark
/// value inside the area's confidence interval (limits included, as Fingertips does) is Similar; outside it, the
/// area is Better or Worse according to polarity.
/// </summary>
/// <remarks>
/// Without a confidence interval there is no way to tell a real difference from noise, so the result is
/// NotCompared, distinct from a missing value elsewhere in the portal. Fingertips describes no-judgement indicators
/// as Higher or Lower without calling either better; we return NotCompared for them for now, so no colour implies a
/// judgement nobody made.
/// </remarks>
public static class BenchmarkComparisonRule
{
    /// <exception cref="ArgumentException">The lower confidence limit is above the upper one.</exception>
    public static BenchmarkComparison Compare(
        Polarity polarity, decimal? value, decimal? lowerCi, decimal? upperCi, decimal? benchmark)
    {
        if (lowerCi is { } low && upperCi is { } high && low > high)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The lower confidence limit ({low}) is above the upper one ({high})."),
                nameof(lowerCi));
        }

        if (polarity == Polarity.NoJudgement || value is null || lowerCi is null || upperCi is null || benchmark is null)
        {
            return BenchmarkComparison.NotCompared;
        }

        if (lowerCi <= benchmark && benchmark <= upperCi)
        {
            return BenchmarkComparison.Similar;
        }

        var areaIsHigher = lowerCi > benchmark;
        return polarity switch
        {
            Polarity.HigherIsBetter => areaIsHigher ? BenchmarkComparison.Better : BenchmarkComparison.Worse,
            Polarity.LowerIsBetter => areaIsHigher ? BenchmarkComparison.Worse : BenchmarkComparison.Better,
            Polarity.NoJudgement => BenchmarkComparison.NotCompared,
        };
    }
}
