using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Reporting.Commitments;
using KmIcs.Assurance.Reporting.Csv;
using KmIcs.Assurance.Reporting.Dashboards;
using KmIcs.Assurance.Reporting.Indicators;
using KmIcs.Assurance.Reporting.Text;
using KmIcs.Assurance.Web.Authorization;
using KmIcs.Assurance.Web.Tenancy;

namespace KmIcs.Assurance.Web.Components.Pages.Outcomes;

/// <summary>
/// "Download as CSV" for each dashboard table. The routes start with <c>/{tenant}</c>, so the tenant middleware
/// resolves the membership (404 for anyone else's partnership) before the member policy runs.
/// </summary>
public static class StrategyDownloads
{
    public static IEndpointRouteBuilder MapStrategyDownloads(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/{tenant}").RequireAuthorization(Policies.TenantMember);
        group.MapGet("/outcomes/{number}/indicators.csv", OutcomeIndicatorsAsync);
        group.MapGet("/outcomes/{number}/commitments.csv", OutcomeCommitmentsAsync);
        group.MapGet("/indicators/{reference}/values.csv", IndicatorValuesAsync);
        return endpoints;
    }

    private static async Task<IResult> OutcomeIndicatorsAsync(string tenant, string number, OutcomeDetailQuery query, CancellationToken cancellationToken)
    {
        var detail = await query.RunAsync(number.ToUpperInvariant(), cancellationToken);
        if (detail is null)
        {
            return Results.NotFound();
        }

        var table = new CsvTable(
            "Set", "Ref", "Indicator", "Area", "Latest period", "Latest value", "Provisional", "Target", "Target period", "Floor standard",
            "RAG (against target and floor)", "Benchmark (compared with England)", "Direction of travel (since previous period)", "Previous period");
        foreach (var (indicator, a) in detail.Indicators)
        {
            table.Add(
                indicator.IndicatorSet.ToString(), indicator.Ref, indicator.Statement, a.Geography, a.Latest?.Period.ToString(),
                a.Latest?.Value, a.IsProvisional, a.Goal, a.Target?.Period.ToString(), a.Target?.Floor,
                Judgements.Text(a.Rag), Judgements.Text(a.Benchmark, a.BenchmarkArea), Judgements.Text(a.Direction), a.PreviousPeriod?.ToString());
        }

        return File(table, $"{tenant}-outcome-{detail.Outcome.Number}-indicators.csv");
    }

    private static async Task<IResult> OutcomeCommitmentsAsync(
        string tenant, string number, CommitmentListQuery query, CancellationToken cancellationToken)
    {
        number = number.ToUpperInvariant();
        if (!await query.HasOutcomeAsync(number, cancellationToken))
        {
            return Results.NotFound();
        }

        var rows = await query.RunAsync(CommitmentFilter.None with { Outcome = number }, cancellationToken);

        var table = new CsvTable("Outcome", "Priority", "Commitment", "Plans", "Led by", "Status", "Status decided");
        foreach (var row in rows)
        {
            table.Add(
                row.OutcomeNumber, row.PriorityTitle, row.Text, string.Join("; ", row.Plans), string.Join("; ", row.LeadBodies.Select(l => l.Name)),
                row.Status is { } s ? CommitmentStatuses.Text(s.Status) : CommitmentStatuses.NotReported,
                row.Status?.DecidedAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        return File(table, $"{tenant}-outcome-{number}-commitments.csv");
    }

    private static async Task<IResult> IndicatorValuesAsync(
        string tenant, string reference, IndicatorDetailQuery query, CurrentMembership membership, CancellationToken cancellationToken)
    {
        var detail = await query.RunAsync(reference, cancellationToken);
        if (detail is null)
        {
            return Results.NotFound();
        }

        // As on the indicator page: citations with line numbers and transcription notes for tenant admins, document names for members.
        var transcription = membership.Required.HasRole(TenantRole.TenantAdmin);
        var table = new CsvTable("Ref", "Period", "Area", "Value", "Numerator", "Denominator", "Lower CI", "Upper CI", "Provisional", "Source", "Note");
        foreach (var value in detail.ValuesNewestFirst)
        {
            table.Add(detail.Indicator.Ref, value.Period.ToString(), value.Geography, value.Value, value.Numerator, value.Denominator,
                value.LowerCi, value.UpperCi, value.IsProvisional,
                transcription ? value.Source : SourceReference.Plain(value.Source), transcription ? value.Note : null);
        }

        return File(table, $"{tenant}-indicator-{detail.Indicator.Ref}-values.csv");
    }

    private static IResult File(CsvTable table, string name) =>
        Results.File(table.ToBytes(), "text/csv; charset=utf-8", name);
}
