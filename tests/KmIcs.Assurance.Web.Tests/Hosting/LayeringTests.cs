using KmIcs.Assurance.Testing;

namespace KmIcs.Assurance.Web.Tests.Hosting;

/// <summary>
/// Pages and components call feature services and queries (in Data and Reporting); they never reach the database
/// themselves, so every rule about data has one home (docs/architecture.md, "Feature map").
/// </summary>
public sealed class LayeringTests
{
    [Fact]
    public void No_page_or_component_names_the_database_context()
    {
        var components = Path.Combine(RepositoryRoot.Find(), "src", "KmIcs.Assurance.Web", "Components");

        var offenders = Directory.EnumerateFiles(components, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("AssuranceDbContext", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(components, f))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(offenders.Count == 0, "These name AssuranceDbContext; move their queries into a service: " + string.Join(", ", offenders));
    }
}
