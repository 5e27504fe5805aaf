using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Ratings;

namespace KmIcs.Assurance.Domain.Tests.KpiDashboard;

/// <summary>
/// One dashboard row. <see cref="PublishedDirection"/> is the printed DoT arrow read with the key (仓 improved,
/// Û worsened, ⇔ same), null where the conversion garbled the glyph; the DoT "relates to two most recent time
/// frames", so it belongs to the last cell.
/// </summary>
internal sealed record DashboardKpi(
    string Ref,
    Polarity Polarity,
    int Decimals,
    IReadOnlyList<DashboardTarget> Targets,
    IReadOnlyList<DashboardCell> Cells,
    string PrintedGlyph,
    DirectionOfTravel? PublishedDirection,
    DirectionOfTravel? RuleDirection,
    string? WhyDirectionDifferent)
{
    public bool DirectionDiffers => WhyDirectionDifferent is not null;

    public DashboardCell Cell(string period) => Cells.Single(c => c.Period == period);

    /// <summary>The row as the portal would hold it: the rules under test read only domain entities.</summary>
    public Indicator ToIndicator()
    {
        var indicator = new Indicator
        {
            IndicatorSet = IndicatorSet.ServiceKpi,
            Ref = Ref,
            Level = IndicatorLevel.Outcome,
            Statement = Ref,
            Polarity = Polarity,
            Decimals = Decimals,
        };

        indicator.Targets.AddRange(Targets.Select(t => new IndicatorTarget
        {
            IndicatorId = indicator.Id,
            Geography = KpiDashboardData.Geography,
            Period = ReportingPeriod.Parse(t.Period),
            Value = t.Value,
            Floor = t.Floor,
            EffectiveFrom = KpiDashboardData.PaperDate,
            Source = "002 KPI dashboard",
        }));

        indicator.Values.AddRange(Cells.Select(c => new IndicatorValue
        {
            IndicatorId = indicator.Id,
            Period = ReportingPeriod.Parse(c.Period),
            Geography = KpiDashboardData.Geography,
            Value = c.Value,
            Source = "002 KPI dashboard",
        }));

        return indicator;
    }
}
