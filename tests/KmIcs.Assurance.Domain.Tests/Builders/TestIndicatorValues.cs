using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;

namespace KmIcs.Assurance.Domain.Tests.Builders;

/// <summary>Indicator values for rule tests: only what the rules read is set.</summary>
internal static class TestIndicatorValues
{
    public static IndicatorValue Value(string period, decimal? value, string geography = "Kent") => new()
    {
        Period = ReportingPeriod.Parse(period),
        Geography = geography,
        Value = value,
    };
}
