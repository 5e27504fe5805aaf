namespace KmIcs.Assurance.Web.Components;

/// <summary>
/// The problems with a posted form, in page order: each field id (the input's <c>id</c>, which the error summary
/// links to) with its message. Pages validate on the server and render these with <c>ErrorSummary</c> and
/// each field's inline error, as the NHS.UK error pattern asks.
/// </summary>
public sealed class FormErrors
{
    private readonly List<(string FieldId, string Message)> errors = [];

    public IReadOnlyList<(string FieldId, string Message)> All => errors;

    public bool Any => errors.Count > 0;

    public void Add(string fieldId, string message)
    {
        if (For(fieldId) is null)
        {
            errors.Add((fieldId, message));
        }
    }

    public string? For(string fieldId) => errors.Find(e => e.FieldId == fieldId).Message;

    public void Clear() => errors.Clear();
}
