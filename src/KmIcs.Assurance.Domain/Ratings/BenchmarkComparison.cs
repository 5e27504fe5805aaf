namespace KmIcs.Assurance.Domain.Ratings;

/// <summary>An area's value against a benchmark (England, region, peers), already adjusted for polarity.</summary>
public enum BenchmarkComparison
{
    Better,
    Similar,
    Worse,
    NotCompared,
}
