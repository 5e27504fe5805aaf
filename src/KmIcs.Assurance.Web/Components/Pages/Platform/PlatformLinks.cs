namespace KmIcs.Assurance.Web;

public static partial class Links
{
    /// <summary>The platform admin's pages (across tenants).</summary>
    public static class Platform
    {
        public static string Tenants(string? done = null) => WithQuery("/platform/tenants", ("done", done));
    }
}
