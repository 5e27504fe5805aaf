namespace KmIcs.Assurance.Web;

public static partial class Links
{
    /// <summary>The work programme everyone reads, and the clerk's pages for meetings and committees.</summary>
    public static class Meetings
    {
        public static string Index(string tenant, string? done = null, bool past = false) =>
            WithQuery($"/{Segment(tenant)}/meetings", ("past", past ? "true" : null), ("done", done));

        public static string New(string tenant) => $"/{Segment(tenant)}/meetings/new";

        public static string Edit(string tenant, Guid meetingId) => $"/{Segment(tenant)}/meetings/{meetingId}/edit";

        public static string Committees(string tenant, string? done = null) => WithQuery($"/{Segment(tenant)}/meetings/committees", ("done", done));

        public static string EditCommittee(string tenant, Guid committeeId) => $"/{Segment(tenant)}/meetings/committees/{committeeId}/edit";
    }
}
