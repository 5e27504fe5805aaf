namespace KmIcs.Assurance.Web;

public static partial class Links
{
    /// <summary>The analysts' data pages: the overview, value entry, indicator metadata, imports, template and export.</summary>
    public static class Data
    {
        public static string Index(string tenant, string? show = null) => WithQuery($"/{Segment(tenant)}/data", ("show", show));

        /// <summary>The entry form; with a period and area it corrects that value.</summary>
        public static string Value(string tenant, Guid? indicatorId = null, string? period = null, string? area = null) =>
            WithQuery($"/{Segment(tenant)}/data/values/new", ("indicator", indicatorId?.ToString()), ("period", period), ("area", area));

        public static string Indicator(string tenant, Guid indicatorId, string? done = null) =>
            WithQuery($"/{Segment(tenant)}/data/indicators/{indicatorId}", ("done", done));

        public static string Imports(string tenant) => $"/{Segment(tenant)}/data/imports";

        public static string Import(string tenant, Guid importId) => $"/{Segment(tenant)}/data/imports/{importId}";

        public static string Template(string tenant, string extension) => $"/{Segment(tenant)}/data/template.{extension}";

        public static string Export(string tenant) => $"/{Segment(tenant)}/data/export.csv";
    }
}
