using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Ratings;
using KmIcs.Assurance.Domain.Rules;

namespace KmIcs.Assurance.Domain.Tests.Rules;

/// <summary>The area's value is 60 with a confidence interval of 55 to 65 unless a test says otherwise.</summary>
public class BenchmarkComparisonRuleTests
{
    [Theory]
    [InlineData(Polarity.HigherIsBetter, 60)]
    [InlineData(Polarity.HigherIsBetter, 55)]
    [InlineData(Polarity.HigherIsBetter, 65)]
    [InlineData(Polarity.LowerIsBetter, 55)]
    [InlineData(Polarity.LowerIsBetter, 65)]
    public void Benchmark_inside_the_interval_or_on_a_limit_is_similar(Polarity polarity, int benchmark)
    {
        Assert.Equal(BenchmarkComparison.Similar, BenchmarkComparisonRule.Compare(polarity, 60m, 55m, 65m, benchmark));
    }

    [Theory]
    [InlineData(Polarity.HigherIsBetter, 54.9, BenchmarkComparison.Better)]
    [InlineData(Polarity.HigherIsBetter, 65.1, BenchmarkComparison.Worse)]
    [InlineData(Polarity.LowerIsBetter, 54.9, BenchmarkComparison.Worse)]
    [InlineData(Polarity.LowerIsBetter, 65.1, BenchmarkComparison.Better)]
    public void Benchmark_outside_the_interval_is_better_or_worse_by_polarity(Polarity polarity, double benchmark, BenchmarkComparison expected)
    {
        Assert.Equal(expected, BenchmarkComparisonRule.Compare(polarity, 60m, 55m, 65m, (decimal)benchmark));
    }

    [Fact]
    public void Value_without_a_confidence_interval_is_not_compared()
    {
        Assert.Equal(BenchmarkComparison.NotCompared, BenchmarkComparisonRule.Compare(Polarity.HigherIsBetter, 60m, null, null, 40m));
        Assert.Equal(BenchmarkComparison.NotCompared, BenchmarkComparisonRule.Compare(Polarity.HigherIsBetter, 60m, 55m, null, 40m));
        Assert.Equal(BenchmarkComparison.NotCompared, BenchmarkComparisonRule.Compare(Polarity.HigherIsBetter, 60m, null, 65m, 40m));
    }

    [Fact]
    public void Missing_benchmark_or_value_is_not_compared()
    {
        Assert.Equal(BenchmarkComparison.NotCompared, BenchmarkComparisonRule.Compare(Polarity.HigherIsBetter, 60m, 55m, 65m, null));
        Assert.Equal(BenchmarkComparison.NotCompared, BenchmarkComparisonRule.Compare(Polarity.HigherIsBetter, null, 55m, 65m, 40m));
    }

    [Fact]
    public void No_judgement_indicator_is_not_compared_even_when_significantly_different()
    {
        Assert.Equal(BenchmarkComparison.NotCompared, BenchmarkComparisonRule.Compare(Polarity.NoJudgement, 60m, 55m, 65m, 40m));
    }

    [Fact]
    public void Interval_whose_lower_limit_is_above_its_upper_limit_is_refused()
    {
        Assert.Throws<ArgumentException>(() => BenchmarkComparisonRule.Compare(Polarity.HigherIsBetter, 60m, 65m, 55m, 40m));
    }
}
