namespace KmIcs.Assurance.Web;

public static partial class Links
{
    /// <summary>
    /// A partnership's strategy pages. Outcomes are addressed by their printed number: "1".."6" for shared outcomes,
    /// "E1".."E3" for enablers; indicators by their printed reference ("3.4", "G.1", "PH03").
    /// </summary>
    public static class Tenant
    {
        public static string Overview(string tenant) => $"/{Segment(tenant)}";

        public static string Outcome(string tenant, string number) => $"/{Segment(tenant)}/outcomes/{Segment(number)}";

        public static string OutcomeIndicatorsCsv(string tenant, string number) => $"{Outcome(tenant, number)}/indicators.csv";

        public static string OutcomeCommitmentsCsv(string tenant, string number) => $"{Outcome(tenant, number)}/commitments.csv";

        public static string Indicator(string tenant, string reference) => $"/{Segment(tenant)}/indicators/{Segment(reference)}";

        public static string IndicatorValuesCsv(string tenant, string reference) => $"{Indicator(tenant, reference)}/values.csv";

        public static string Indicators(string tenant, string? outcome = null, string? rag = null, string? set = null, string? q = null) =>
            WithQuery($"/{Segment(tenant)}/indicators", ("outcome", outcome), ("rag", rag), ("set", set), ("q", q));

        public static string Commitment(string tenant, Guid id) => $"/{Segment(tenant)}/commitments/{id}";

        public static string Commitments(string tenant, string? outcome = null, Guid? lead = null, Guid? place = null, bool mine = false, string? q = null) =>
            WithQuery(
                $"/{Segment(tenant)}/commitments",
                ("outcome", outcome),
                ("lead", lead?.ToString()),
                ("place", place?.ToString()),
                ("mine", mine ? "true" : null),
                ("q", q));

        public static string Search(string tenant, string? q = null) => WithQuery($"/{Segment(tenant)}/search", ("q", q));
    }
}
