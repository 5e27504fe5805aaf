namespace KmIcs.Assurance.Web;

public static partial class Links
{
    /// <summary>A partnership's own pages.</summary>
    public static class Tenant
    {
        public static string Overview(string tenant) => $"/{Segment(tenant)}";
    }
}
