namespace KmIcs.Assurance.Web;

public static partial class Links
{
    /// <summary>The tenant admin's pages: members, organisations, audit log, account settings.</summary>
    public static class Admin
    {
        public static string Members(string tenant, string? done = null) => WithQuery($"/{Segment(tenant)}/admin/members", ("done", done));

        public static string InviteMember(string tenant) => $"/{Segment(tenant)}/admin/members/invite";

        public static string Member(string tenant, Guid membershipId, string? done = null) =>
            WithQuery($"/{Segment(tenant)}/admin/members/{membershipId}", ("done", done));

        public static string Organisations(string tenant, string? done = null) => WithQuery($"/{Segment(tenant)}/admin/organisations", ("done", done));

        public static string Organisation(string tenant, Guid organisationId, string? done = null) =>
            WithQuery($"/{Segment(tenant)}/admin/organisations/{organisationId}", ("done", done));

        public static string Audit(string tenant) => $"/{Segment(tenant)}/admin/audit";

        public static string Settings(string tenant, string? done = null) => WithQuery($"/{Segment(tenant)}/admin/settings", ("done", done));
    }
}
