namespace KmIcs.Assurance.Web;

public static partial class Links
{
    /// <summary>The committee clerk's reporting rounds: the list with the form that opens one, and each round.</summary>
    public static class Rounds
    {
        public static string Index(string tenant) => $"/{Segment(tenant)}/rounds";

        public static string Round(string tenant, Guid roundId, string? done = null) => WithQuery($"/{Segment(tenant)}/rounds/{roundId}", ("done", done));
    }
}
