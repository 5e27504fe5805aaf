using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>
/// Reads a number as analysts' files write it: invariant decimals ("94.72"), thousands separated by commas
/// ("6,144,703", as Fingertips' Count column has it), exponents, and blank or R's "NA" for no number. Anything else
/// ("n/a", "#DIV/0!", "12,5") is refused rather than guessed.
/// </summary>
public static partial class ValueNumbers
{
    /// <summary>The database keeps four decimal places; figures are rounded here so a re-import compares equal.</summary>
    public const int StoredDecimals = 4;

    /// <summary>The largest magnitude a numeric(18, 4) column holds.</summary>
    public const decimal Largest = 99_999_999_999_999m;

    public static bool IsBlank([NotNullWhen(false)] string? text) =>
        string.IsNullOrWhiteSpace(text) || string.Equals(text.Trim(), "NA", StringComparison.Ordinal);

    /// <summary>Blank gives true with no number; a number gives true with it rounded to four places; otherwise false.</summary>
    public static bool TryRead(string? text, out decimal? number)
    {
        number = null;
        if (IsBlank(text))
        {
            return true;
        }

        var trimmed = text.Trim();
        if (trimmed.Contains(',', StringComparison.Ordinal))
        {
            if (!Grouped().IsMatch(trimmed))
            {
                return false;
            }

            trimmed = trimmed.Replace(",", "", StringComparison.Ordinal);
        }

        if (!decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && !TryReadDouble(trimmed, out value))
        {
            return false;
        }

        if (Math.Abs(value) > Largest)
        {
            return false;
        }

        number = Math.Round(value, StoredDecimals, MidpointRounding.AwayFromZero);
        return true;
    }

    /// <summary>Invariant text of a stored figure without trailing zeros ("94.7262", "12"), as exports write it.</summary>
    public static string Format(decimal? number) =>
        number is { } value ? value.ToString("0.####", CultureInfo.InvariantCulture) : "";

    // decimal.Parse refuses exponents beyond its range ("1E-30"); double reads them, and the rounding makes them 0.
    private static bool TryReadDouble(string text, out decimal value)
    {
        value = 0;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || double.IsNaN(d) || double.IsInfinity(d)
            || Math.Abs(d) > (double)Largest)
        {
            return false;
        }

        value = (decimal)d;
        return true;
    }

    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Grouped();
}
