using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Indicators;

/// <summary>
/// An interim level on the way to a final target. A value for a period that has a trajectory point is judged
/// against that point, so a plan that is on track early on is Green rather than Amber against the end target.
/// </summary>
public class IndicatorTrajectoryPoint : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid IndicatorId { get; init; }

    public required string Geography { get; set; }

    public required ReportingPeriod Period { get; set; }

    public decimal Value { get; set; }
}
