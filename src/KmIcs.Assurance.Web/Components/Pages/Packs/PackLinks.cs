namespace KmIcs.Assurance.Web;

public static partial class Links
{
    /// <summary>The archive of assurance packs: the list, the form that asks for one, each pack, its PDF and its preview.</summary>
    public static class Packs
    {
        public static string Index(string tenant) => $"/{Segment(tenant)}/packs";

        public static string New(string tenant, string? kind = null, string? outcome = null, string? meetingId = null) =>
            WithQuery($"/{Segment(tenant)}/packs/new", ("kind", kind), ("outcome", outcome), ("meeting", meetingId));

        public static string Pack(string tenant, Guid packId, string? done = null) => WithQuery($"/{Segment(tenant)}/packs/{packId}", ("done", done));

        public static string Pdf(string tenant, Guid packId) => $"/{Segment(tenant)}/packs/{packId}/pdf";

        public static string Preview(string tenant, Guid packId) => $"/{Segment(tenant)}/packs/{packId}/preview";
    }
}
