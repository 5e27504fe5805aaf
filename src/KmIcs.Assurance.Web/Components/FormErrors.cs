using KmIcs.Assurance.Data;

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

    /// <summary>
    /// Puts a service's refusals on the form, in page order: a refusal about the whole request, or about a field this
    /// form does not have, first (linked to no input), then one message per field in <paramref name="fields"/> order,
    /// each on the input id the page gave that field. A problem the page found itself (in <paramref name="pageErrors"/>,
    /// such as a date that is not a real date) wins over the service's message for the same field.
    /// </summary>
    public void Report(IEnumerable<FieldError> refusals, IReadOnlyList<(string Field, string Id)> fields, FormErrors? pageErrors = null)
    {
        ArgumentNullException.ThrowIfNull(refusals);
        ArgumentNullException.ThrowIfNull(fields);
        var list = refusals.ToList();
        foreach (var refusal in list.Where(r => !fields.Any(f => f.Field == r.Field)))
        {
            Add(FieldError.WholeForm, refusal.Message);
        }

        foreach (var (field, id) in fields)
        {
            if ((pageErrors?.For(id) ?? list.Find(r => r.Field == field)?.Message) is { } message)
            {
                Add(id, message);
            }
        }
    }

    /// <summary><see cref="Report(IEnumerable{FieldError}, IReadOnlyList{ValueTuple{string, string}}, FormErrors?)"/> for a form whose input ids are the service's field names.</summary>
    public void Report(IEnumerable<FieldError> refusals, params IEnumerable<string> fields) =>
        Report(refusals, fields.Select(f => (f, f)).ToList());

    public void Clear() => errors.Clear();
}
