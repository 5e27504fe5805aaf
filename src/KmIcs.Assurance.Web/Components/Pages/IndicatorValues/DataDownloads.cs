using KmIcs.Assurance.Data.IndicatorValues;
using KmIcs.Assurance.Data.IndicatorValues.Files;
using KmIcs.Assurance.Web.Authorization;

namespace KmIcs.Assurance.Web.Components.Pages.IndicatorValues;

/// <summary>
/// The import template (CSV and Excel, with the tenant's indicator refs as example rows) and the export of every
/// value in the same columns, so a file exported and imported again changes nothing. Analysts and tenant admins only.
/// </summary>
public static class DataDownloads
{
    private const string Csv = "text/csv; charset=utf-8";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static IEndpointRouteBuilder MapDataDownloads(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/{tenant}/data").RequireAuthorization(Policies.DataEditor);
        group.MapGet("/template.csv", (string tenant, ValueExport export, CancellationToken cancellationToken) => TemplateAsync(tenant, export, false, cancellationToken));
        group.MapGet("/template.xlsx", (string tenant, ValueExport export, CancellationToken cancellationToken) => TemplateAsync(tenant, export, true, cancellationToken));
        group.MapGet("/export.csv", ExportAsync);
        return endpoints;
    }

    private static async Task<IResult> TemplateAsync(string tenant, ValueExport export, bool excel, CancellationToken cancellationToken)
    {
        var rows = await export.TemplateRowsAsync(cancellationToken);
        var file = new MemoryStream();
        if (excel)
        {
            ValueFileWriter.WriteXlsx(file, rows);
        }
        else
        {
            ValueFileWriter.WriteCsv(file, rows);
        }

        file.Position = 0;
        return Results.File(file, excel ? Xlsx : Csv, $"{tenant}-values-template.{(excel ? "xlsx" : "csv")}");
    }

    private static async Task<IResult> ExportAsync(string tenant, ValueExport export, TimeProvider clock, CancellationToken cancellationToken)
    {
        var file = new MemoryStream();
        ValueFileWriter.WriteCsv(file, await export.RowsAsync(cancellationToken));
        file.Position = 0;
        return Results.File(file, Csv, $"{tenant}-values-{clock.GetUtcNow():yyyy-MM-dd}.csv");
    }
}
