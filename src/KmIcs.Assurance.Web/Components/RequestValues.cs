using System.Globalization;

namespace KmIcs.Assurance.Web.Components;

/// <summary>
/// Reads the text a query string or a posted form carries. Pages bind every such value as a string and read it here:
/// a typed binding (<c>Guid?</c>, <c>int</c>, <c>bool</c>, an enum) fails with an exception (a 500) or silently
/// becomes the type's default, both before the page can say anything. Each method returns null for anything that is
/// not exactly a value of its type; the page then ignores a query value, or shows a form error.
/// </summary>
public static class RequestValues
{
    /// <summary>The longest free text a filter reads: far more than any name, reference or search phrase in the portal.</summary>
    public const int MaxFilterLength = 500;

    /// <summary>
    /// Free text such as a search phrase, trimmed; null when blank, longer than <paramref name="maxLength"/> or holding
    /// a control character (PostgreSQL refuses a NUL in a parameter, and no filter needs one).
    /// </summary>
    public static string? Text(string? value, int maxLength = MaxFilterLength)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) || text.Length > maxLength || text.Any(char.IsControl) ? null : text;
    }

    /// <summary>A whole number in invariant digits (an optional sign, no separators) that fits an <see cref="int"/>.</summary>
    public static int? Number(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static Guid? Id(string? value) =>
        System.Guid.TryParse(value?.Trim(), out var id) ? id : null;

    /// <summary><c>true</c> or <c>false</c> (any case), as checkboxes, radios and links post them; anything else is null.</summary>
    public static bool? Flag(string? value) =>
        bool.TryParse(value?.Trim(), out var flag) ? flag : null;

    /// <summary>
    /// A member of <typeparamref name="TEnum"/> by its exact name, as forms post them. Numbers and lists are refused:
    /// <see cref="System.Enum.TryParse{TEnum}(string?, out TEnum)"/> would take "999" as an undefined value and "A,B" as a combination.
    /// </summary>
    public static TEnum? Choice<TEnum>(string? value)
        where TEnum : struct, Enum
    {
        var text = value?.Trim();
        return text is not null && System.Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal)
            ? System.Enum.Parse<TEnum>(text)
            : null;
    }
}
