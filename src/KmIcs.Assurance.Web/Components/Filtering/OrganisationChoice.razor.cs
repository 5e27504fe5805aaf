using KmIcs.Assurance.Web.Components.Shared.Nhs;
using Microsoft.AspNetCore.Components;

namespace KmIcs.Assurance.Web.Components.Filtering;

public sealed partial class OrganisationChoice
{
    private HashSet<string> chosen = new(StringComparer.Ordinal);
    private string query = "";
    private string status = "";

    [Parameter, EditorRequired] public string Id { get; set; } = "";

    [Parameter, EditorRequired] public string Name { get; set; } = "";

    [Parameter, EditorRequired] public string Legend { get; set; } = "";

    /// <summary>An array: an island's parameters travel by their run-time type (see LiveFilters.Fields).</summary>
    [Parameter, EditorRequired] public Checkboxes.Item[] Items { get; set; } = [];

    [Parameter] public string[]? Selected { get; set; }

    [Parameter] public string? Hint { get; set; }

    [Parameter] public string? Error { get; set; }

    private string FindId => $"{Id}-find";

    protected override void OnInitialized() => chosen = new HashSet<string>(Selected ?? [], StringComparer.Ordinal);

    private bool Shown(Checkboxes.Item item) =>
        query.Length == 0 || chosen.Contains(item.Value) || item.Label.Contains(query, StringComparison.OrdinalIgnoreCase);

    private void Find(ChangeEventArgs change)
    {
        query = (change.Value as string)?.Trim() ?? "";
        var shown = Items.Count(Shown);
        status = query.Length == 0 ? $"All {Items.Length} organisations shown" : shown == 1 ? "1 organisation shown" : $"{shown} organisations shown";
    }

    private void Toggled(Checkboxes.Toggle toggle)
    {
        if (toggle.Checked)
        {
            chosen.Add(toggle.Value);
        }
        else
        {
            chosen.Remove(toggle.Value);
        }
    }
}
