using System.Text.Json;

namespace KmIcs.Assurance.Testing.Html;

/// <summary>
/// Reads the named fixtures nhsuk-frontend ships with each component (<c>dist/nhsuk/components/&lt;c&gt;/fixtures.json</c>),
/// from the npm package the build restores into the web project.
/// </summary>
public static class NhsukFixtures
{
    public static string Html(string component, string fixtureName) => Html(component, fixtureName, _ => true, "");

    /// <summary>
    /// The fixture of that name whose outermost element has exactly these classes: some components publish one name
    /// for each of their variants (the tables' "default" is plain, compact, responsive…).
    /// </summary>
    public static string Html(string component, string fixtureName, string rootClasses) =>
        Html(component, fixtureName, html => html.Split('\n')[0].Contains($" class=\"{rootClasses}\"", StringComparison.Ordinal), $" with classes '{rootClasses}'");

    private static string Html(string component, string fixtureName, Func<string, bool> matches, string described)
    {
        var path = Path.Combine(RepositoryRoot.Find(), "src", "KmIcs.Assurance.Web", "node_modules", "nhsuk-frontend", "dist", "nhsuk", "components", component, "fixtures.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var fixture in document.RootElement.GetProperty("fixtures").EnumerateArray())
        {
            var html = fixture.GetProperty("html").GetString() ?? "";
            if (fixture.GetProperty("name").GetString() == fixtureName && matches(html))
            {
                return html;
            }
        }

        throw new InvalidOperationException($"nhsuk-frontend has no fixture '{fixtureName}'{described} for {component}.");
    }
}
