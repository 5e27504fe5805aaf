using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Indicators;

/// <summary>
/// A target (and optional floor standard) for one area and one period. Targets differ by area and change from year
/// to year, and a revised target gets a new row with a later <see cref="EffectiveFrom"/> and a reason rather than
/// an edit, so a past RAG rating can always be reproduced from the target that stood at the time.
/// </summary>
public class IndicatorTarget : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid IndicatorId { get; init; }

    public required string Geography { get; set; }

    /// <summary>The period the target is for ("2023/24", "2028").</summary>
    public required ReportingPeriod Period { get; set; }

    /// <summary>Null when the source states an ambition without a level ("reduce by 10%") and no baseline to apply it to.</summary>
    public decimal? Value { get; set; }

    /// <summary>The floor standard: the worst value still rated Amber. Null when none is set.</summary>
    public decimal? Floor { get; set; }

    /// <summary>The day the target was agreed or revised; the latest row not after the as-at date stands.</summary>
    public DateOnly EffectiveFrom { get; set; }

    public string? Reason { get; set; }

    public string? Source { get; set; }
}
