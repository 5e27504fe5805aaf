using Microsoft.AspNetCore.WebUtilities;

namespace KmIcs.Assurance.Web;

/// <summary>
/// Typed links, so no page concatenates a URL by hand. Each feature adds its own nested class in its own folder
/// (<c>Components/Pages/Admin/AdminLinks.cs</c> holds <c>Links.Admin</c>); tenant links take the tenant's slug first.
/// </summary>
public static partial class Links
{
    public const string Home = "/";

    /// <summary>Adds the query string, leaving out empty values.</summary>
    public static string WithQuery(string path, params (string Key, string? Value)[] query)
    {
        var values = query.Where(q => !string.IsNullOrEmpty(q.Value)).ToDictionary(q => q.Key, q => q.Value);
        return values.Count == 0 ? path : QueryHelpers.AddQueryString(path, values);
    }

    /// <summary>
    /// Only same-site paths are followed after sign-in, so a crafted link cannot send someone elsewhere. Control
    /// characters and spaces are refused outright: browsers drop tabs and line breaks from a URL, so "/\t/evil.example"
    /// would become "//evil.example", another site.
    /// </summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));

    internal static string Segment(string value) => Uri.EscapeDataString(value);
}
