using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>A checked value: the figures <see cref="ValueRecorder"/> stores, rounded to the database's four places.</summary>
public sealed record ValueFigures(
    ReportingPeriod Period,
    string Area,
    decimal? Value,
    decimal? LowerCi,
    decimal? UpperCi,
    decimal? Count,
    decimal? Denominator,
    bool IsProvisional,
    string? Note,
    string? Source)
{
    /// <summary>Whether the stored value already says exactly this, so saving it again would change nothing.</summary>
    public bool SameAs(IndicatorValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return NumbersSameAs(value) && value.IsProvisional == IsProvisional
            && string.Equals(value.Note ?? "", Note ?? "", StringComparison.Ordinal)
            && string.Equals(value.Source ?? "", Source ?? "", StringComparison.Ordinal);
    }

    /// <summary>Whether the numbers are the same; a changed note or source alone is not a correction of the figure.</summary>
    public bool NumbersSameAs(IndicatorValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Value == Value && value.LowerCi == LowerCi && value.UpperCi == UpperCi
            && value.Numerator == Count && value.Denominator == Denominator;
    }
}
