using KmIcs.Assurance.Domain.Indicators;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>Which indicators the data overview lists: the dashboards' outcome, set and text filters, and the state of their data.</summary>
public sealed record DataOverviewFilter(string? OutcomeNumber = null, IndicatorSet? Set = null, DataState State = DataState.Any, string? Text = null);

/// <summary>The state of an indicator's data the overview can be narrowed to.</summary>
public enum DataState
{
    Any,
    Stale,
    NoValues,
    Provisional,
}
