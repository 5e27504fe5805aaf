using KmIcs.Assurance.Web.Components.Shared.Nhs;

namespace KmIcs.Assurance.Web.Components.Filtering;

/// <summary>
/// One filter above a list, as data rather than markup, so an interactive island can receive it (parameters of an
/// interactive component travel as JSON). A field with <see cref="Items"/> is a select; otherwise a text input of
/// <see cref="Type"/> (search, date).
/// </summary>
public sealed record LiveFilterField(
    string Id,
    string Label,
    string? Value,
    IReadOnlyList<Select.Item>? Items = null,
    string Type = "search",
    string? Hint = null,
    string? WidthClass = null)
{
    /// <summary>The query-string name: the same as the id on every list.</summary>
    public string Name => Id;
}
