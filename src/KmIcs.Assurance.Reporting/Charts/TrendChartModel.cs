using System.Globalization;
using System.Text.Json.Serialization;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Reporting.Indicators;

namespace KmIcs.Assurance.Reporting.Charts;

/// <summary>
/// Geometry of an indicator's trend chart, computed here so the Razor component only draws and a test can check the
/// numbers. Periods are evenly spaced categories in time order (a quarter and a financial year are different kinds of
/// period, so only the kind most values use is drawn); the vertical axis spans values, target and floor with a margin.
/// </summary>
public sealed class TrendChartModel
{
    public const double Width = 640;
    public const double Height = 320;
    public const double Left = 64;
    /// <summary>Room for the last period's label, which is centred on the plot's right edge.</summary>
    public const double Right = 48;
    public const double Top = 16;
    public const double Bottom = 56;

    private static readonly string[] Colours = ["#005eb8", "#007f3b", "#7c2855", "#425563"];
    private static readonly double[] NiceSteps = [1d, 2d, 5d, 10d];

    private static readonly string[] Markers = ["circle", "square", "triangle", "diamond"];

    /// <summary>Public for the pack model's JSON: a stored chart is redrawn from its stored geometry, not recomputed.</summary>
    [JsonConstructor]
    public TrendChartModel(
        IReadOnlyList<ReportingPeriod> periods, IReadOnlyList<TrendSeries> series, IReadOnlyList<AxisTick> ticks,
        ReferenceLine? target, ReferenceLine? floor, double min, double max)
    {
        Periods = periods;
        Series = series;
        Ticks = ticks;
        Target = target;
        Floor = floor;
        Min = min;
        Max = max;
    }

    public IReadOnlyList<ReportingPeriod> Periods { get; }

    public IReadOnlyList<TrendSeries> Series { get; }

    public IReadOnlyList<AxisTick> Ticks { get; }

    public ReferenceLine? Target { get; }

    public ReferenceLine? Floor { get; }

    public double Min { get; }

    public double Max { get; }

    public bool IsEmpty => Series.Count == 0;

    public bool HasProvisional => Series.Any(s => s.Points.Any(p => p.Provisional));

    public static double PlotRight => Width - Right;

    public static double PlotBottom => Height - Bottom;

    public double X(int periodIndex) => Periods.Count <= 1
        ? (Left + PlotRight) / 2
        : Left + ((PlotRight - Left) * periodIndex / (Periods.Count - 1));

    public double Y(decimal value) => Y((double)value);

    public double Y(double value) => Max.Equals(Min)
        ? (Top + PlotBottom) / 2
        : PlotBottom - ((PlotBottom - Top) * (value - Min) / (Max - Min));

    public static TrendChartModel For(Indicator indicator, IndicatorAssessment headline)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(headline);
        // The indicator's own areas and its benchmark: comparators an import brought in would crowd the chart.
        var shown = indicator.Geographies.Select(g => g.Name).Append(headline.Geography).Append(indicator.BenchmarkArea)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var numbered = indicator.Values.Where(v => v.Value is not null && (indicator.Geographies.Count == 0 || shown.Contains(v.Geography))).ToList();
        var kind = numbered.GroupBy(v => v.Period.Kind).OrderByDescending(g => g.Count()).Select(g => (PeriodKind?)g.Key).FirstOrDefault();
        var drawn = numbered.Where(v => v.Period.Kind == kind).ToList();
        var periods = drawn.Select(v => v.Period).Distinct().Order().ToList();
        var series = drawn
            .GroupBy(v => v.Geography, StringComparer.OrdinalIgnoreCase)
            .OrderBy(g => string.Equals(g.Key, headline.Geography, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => new TrendSeries(
                g.Key,
                Colours[i % Colours.Length],
                Markers[i % Markers.Length],
                g.OrderBy(v => v.Period).Select(v => new TrendPoint(periods.IndexOf(v.Period), v.Period, v.Value!.Value, v.IsProvisional)).ToList()))
            .ToList();
        var target = headline.Goal is { } goal ? new ReferenceLine("Target", goal) : null;
        var floor = headline.Target?.Floor is { } f ? new ReferenceLine("Floor standard", f) : null;
        var levels = drawn.Select(v => v.Value!.Value)
            .Concat(target is null ? [] : [target.Value])
            .Concat(floor is null ? [] : [floor.Value])
            .ToList();
        if (levels.Count == 0)
        {
            return new TrendChartModel([], [], [], null, null, 0, 0);
        }

        var (min, max, ticks) = Axis((double)levels.Min(), (double)levels.Max(), indicator);
        return new TrendChartModel(periods, series, ticks, target, floor, min, max);
    }

    /// <summary>A "nice" axis: about five steps of 1, 2 or 5 times a power of ten, from zero when all values are positive and near it.</summary>
    private static (double Min, double Max, IReadOnlyList<AxisTick> Ticks) Axis(double low, double high, Indicator indicator)
    {
        if (low >= 0 && low < high * 0.5)
        {
            low = 0;
        }

        // A span under a fifth of the values' size would stretch a one-point wobble across the whole chart; widening
        // the axis downwards keeps small changes looking small.
        var minimumSpan = Math.Abs(high) * 0.2;
        if (high - low < minimumSpan)
        {
            low = low >= 0 ? Math.Max(0, high - minimumSpan) : high - minimumSpan;
        }

        var span = high - low;
        if (span <= 0)
        {
            span = Math.Abs(high) > 0 ? Math.Abs(high) * 0.2 : 1;
            low -= span / 2;
            high += span / 2;
        }

        var rough = span / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = NiceSteps.Select(m => m * magnitude).First(s => s >= rough);
        var min = Math.Floor(low / step) * step;
        var max = Math.Ceiling(high / step) * step;
        // Labels carry as many decimals as the step needs, so a 0.2 step on a whole-number indicator does not print
        // "25%, 25%, 26%".
        var labelDecimals = Math.Max(indicator.Decimals, (int)Math.Max(0, -Math.Floor(Math.Log10(step) + 1e-9)));
        var ticks = new List<AxisTick>();
        for (var value = min; value <= max + (step / 2); value += step)
        {
            var rounded = Math.Round(value, 10);
            ticks.Add(new AxisTick(rounded, ValueFormat.Number(indicator, (decimal)rounded, labelDecimals)));
        }

        return (min, max, ticks);
    }

    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}

public sealed record TrendSeries(string Geography, string Colour, string Marker, IReadOnlyList<TrendPoint> Points);

public sealed record TrendPoint(int PeriodIndex, ReportingPeriod Period, decimal Value, bool Provisional);

public sealed record AxisTick(double Value, string Label);

public sealed record ReferenceLine(string Label, decimal Value);
