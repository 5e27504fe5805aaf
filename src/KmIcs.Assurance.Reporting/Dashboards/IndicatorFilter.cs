using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Ratings;

namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>The indicator list's filters, from the query string; null means any.</summary>
public sealed record IndicatorFilter(string? Outcome, Rag? Rag, IndicatorSet? Set, string? Text)
{
    public static IndicatorFilter None { get; } = new(null, null, null, null);
}
