namespace KmIcs.Assurance.Data.Seeding;

/// <summary>
/// Where seed data sets live at run time. The build copies <c>deploy/seed/</c> next to the binaries as <c>seed/</c>
/// (see the Data project file), so the web host, the CLI and a container image find the same files.
/// </summary>
public static class SeedLocation
{
    public static string DefaultRoot => Path.Combine(AppContext.BaseDirectory, "seed");

    public static string TenantFolder(string tenantSlug, string? root = null) => Path.Combine(root ?? DefaultRoot, tenantSlug);
}
