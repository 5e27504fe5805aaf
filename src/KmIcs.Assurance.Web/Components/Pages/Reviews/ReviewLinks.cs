namespace KmIcs.Assurance.Web;

public static partial class Links
{
    /// <summary>Reviewing lead bodies' updates: the queue of submitted updates, and one update with its decisions.</summary>
    public static class Reviews
    {
        public static string Index(string tenant) => $"/{Segment(tenant)}/reviews";

        public static string Update(string tenant, Guid updateId, string? done = null) => WithQuery($"/{Segment(tenant)}/reviews/{updateId}", ("done", done));
    }
}
