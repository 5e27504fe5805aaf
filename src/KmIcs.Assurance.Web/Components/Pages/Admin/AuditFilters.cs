using System.Globalization;
using KmIcs.Assurance.Data.Auditing;

namespace KmIcs.Assurance.Web.Components.Pages.Admin;

/// <summary>
/// Reads the audit page's filters from the query string. A value that is not one the filter form could send is
/// ignored, as if the filter were not set.
/// </summary>
public static class AuditFilters
{
    public static AuditFilter Parse(string? user, string? action, string? entity, string? from, string? to, string? page) => new(
        RequestValues.Text(user),
        AuditActions.All.Contains(action) ? action : null,
        RequestValues.Text(entity),
        Date(from),
        // The last day there is has no day after it to end the range at; up to then is no limit at all.
        Date(to) is { } last && last < DateOnly.MaxValue ? last : null,
        RequestValues.Number(page) is >= 1 and <= AuditFilter.MaxPage and var number ? number : 1);

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
