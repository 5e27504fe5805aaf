using KmIcs.Assurance.Web.Components.Shared.Nhs;
using Microsoft.AspNetCore.Components;

namespace KmIcs.Assurance.Web.Components.Filtering;

public sealed partial class LiveFilters : IDisposable
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);
    private CancellationTokenSource? typing;
    private bool changed;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary>
    /// The <c>@key</c> a page gives the island. With a key, an enhanced navigation to the same list (which the island
    /// itself starts) hands the new values to the running island instead of replacing it, so focus stays in the field
    /// being typed in and the live region can say what changed.
    /// </summary>
    public const string Key = "live-filters";

    /// <summary>How long typing must pause before the list is fetched: one request per word, not per key.</summary>
    public static TimeSpan TypingPause { get; } = TimeSpan.FromMilliseconds(400);

    /// <summary>The list's address without a query string.</summary>
    [Parameter, EditorRequired] public string Action { get; set; } = "";

    /// <summary>
    /// An array, not an interface: an island's parameters are sent by their run-time type, and the read-only list a
    /// collection expression makes cannot be read back.
    /// </summary>
    [Parameter, EditorRequired] public LiveFilterField[] Fields { get; set; } = [];

    /// <summary>What the filtered list holds, e.g. "12 indicators": said by the live region after a change.</summary>
    [Parameter, EditorRequired] public string Summary { get; set; } = "";

    [Parameter] public string? Legend { get; set; }

    [Parameter] public string ButtonText { get; set; } = "Apply filters";

    [Parameter] public string? ClearHref { get; set; }

    [Parameter] public FilterForm.Link[]? MoreLinks { get; set; }

    /// <summary>Values that stay with every filtered address (e.g. mine=true).</summary>
    [Parameter] public Dictionary<string, string>? Hidden { get; set; }

    /// <summary>Three fields to a row (a long filter form).</summary>
    [Parameter] public bool Columns { get; set; }

    protected override void OnParametersSet()
    {
        // After each fetch the page passes the values it filtered by: they are the truth, not what was typed meanwhile.
        values.Clear();
        foreach (var field in Fields.Where(f => !string.IsNullOrEmpty(f.Value)))
        {
            values[field.Name] = field.Value!;
        }
    }

    public void Dispose()
    {
        typing?.Cancel();
        typing?.Dispose();
    }

    /// <summary>The address of the list filtered by the current values, in the form's field order.</summary>
    public string Address()
    {
        var pairs = Fields.Where(f => values.ContainsKey(f.Name)).Select(f => (f.Name, Value: values[f.Name]))
            .Concat((Hidden ?? new Dictionary<string, string>()).Select(h => (Name: h.Key, h.Value)))
            .Where(p => p.Value.Length > 0)
            .Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}")
            .ToList();
        return pairs.Count == 0 ? Action : $"{Action}?{string.Join('&', pairs)}";
    }

    private async Task TypedAsync(string name, string? value)
    {
        typing?.Cancel();
        typing?.Dispose();
        typing = new CancellationTokenSource();
        try
        {
            await Task.Delay(TypingPause, typing.Token);
        }
        catch (OperationCanceledException)
        {
            // A later keystroke carries on from here.
            return;
        }

        await ApplyAsync(name, value);
    }

    private Task ApplyAsync(string name, string? value)
    {
        values[name] = value?.Trim() ?? "";
        changed = true;
        // The page is server-rendered: fetching its filtered address (enhanced, replacing this history entry so Back
        // leaves the list) brings the new rows and passes the new values and summary back to this island.
        Navigation.NavigateTo(Address(), replace: true);
        return Task.CompletedTask;
    }
}
