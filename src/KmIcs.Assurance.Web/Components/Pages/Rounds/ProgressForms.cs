using KmIcs.Assurance.Data.Identity;

namespace KmIcs.Assurance.Web.Components.Pages.Rounds;

/// <summary>
/// Puts the refusals of a progress-reporting service on a form, in page order: a refusal about the whole form
/// (empty field) first, then one message per field, each on the input id the page gave that field. A problem the page
/// found itself (a date that is not a real date) wins over the service's message for the same field.
/// </summary>
public static class ProgressForms
{
    public static void Report(FormErrors errors, IReadOnlyList<(string Field, string Id)> fields, IEnumerable<AccountError> refusals, FormErrors? pageErrors = null)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(refusals);
        var list = refusals.ToList();
        foreach (var refusal in list.Where(r => !fields.Any(f => f.Field == r.Field)))
        {
            errors.Add("", refusal.Message);
        }

        foreach (var (field, id) in fields)
        {
            if ((pageErrors?.For(id) ?? list.Find(r => r.Field == field)?.Message) is { } message)
            {
                errors.Add(id, message);
            }
        }
    }
}
