using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Ratings;

namespace KmIcs.Assurance.Reporting.Indicators;

/// <summary>
/// The three separate judgements the portal makes about an indicator in its headline area, each with the facts it
/// was made from, so a page or a pack can say how it was reached and never blend them into one colour.
/// </summary>
public sealed record IndicatorAssessment(
    string Geography,
    IndicatorValue? Latest,
    IndicatorTarget? Target,
    decimal? TrajectoryValue,
    Rag Rag,
    DirectionOfTravel Direction,
    ReportingPeriod? PreviousPeriod,
    BenchmarkComparison Benchmark,
    IndicatorValue? BenchmarkValue,
    string BenchmarkArea)
{
    public bool IsProvisional => Latest?.IsProvisional == true;

    /// <summary>The level the value was judged against: the trajectory point for its period, else the target.</summary>
    public decimal? Goal => TrajectoryValue ?? Target?.Value;
}
