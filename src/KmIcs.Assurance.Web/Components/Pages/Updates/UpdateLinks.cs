namespace KmIcs.Assurance.Web;

public static partial class Links
{
    /// <summary>A lead partner's status updates.</summary>
    public static class Updates
    {
        public static string Mine(string tenant, string? done = null) => WithQuery($"/{Segment(tenant)}/updates", ("done", done));

        public static string Edit(string tenant, Guid commitmentId, Guid organisationId) =>
            $"/{Segment(tenant)}/updates/{commitmentId}/{organisationId}";
    }
}
