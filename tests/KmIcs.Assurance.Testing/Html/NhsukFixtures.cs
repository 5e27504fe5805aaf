using System.Text.Json;

namespace KmIcs.Assurance.Testing.Html;

/// <summary>
/// Reads the named fixtures nhsuk-frontend ships with each component (<c>dist/nhsuk/components/&lt;c&gt;/fixtures.json</c>),
/// from the npm package the build restores into the web project.
/// </summary>
public static class NhsukFixtures
{
    public static string Html(string component, string fixtureName)
    {
        var path = Path.Combine(RepositoryRoot.Find(), "src", "KmIcs.Assurance.Web", "node_modules", "nhsuk-frontend", "dist", "nhsuk", "components", component, "fixtures.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var fixture in document.RootElement.GetProperty("fixtures").EnumerateArray())
        {
            if (fixture.GetProperty("name").GetString() == fixtureName)
            {
                return fixture.GetProperty("html").GetString() ?? "";
            }
        }

        throw new InvalidOperationException($"nhsuk-frontend has no fixture '{fixtureName}' for {component}.");
    }
}
