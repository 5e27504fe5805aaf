using KmIcs.Assurance.Reporting.Packs;
using KmIcs.Assurance.Reporting.Packs.Document;
using KmIcs.Assurance.Web.Authorization;

namespace KmIcs.Assurance.Web.Components.Pages.Packs;

/// <summary>
/// A ready pack's PDF, byte for byte as archived, and its HTML preview printed from the same stored model. Every member
/// of the partnership may read packs; another partnership's pack id is a 404 like any unknown address.
/// </summary>
public static class PackDownloads
{
    /// <summary>
    /// The pack stylesheet for the preview (its CSP forbids inline styles), from the same embedded file the printer
    /// inlines, so it is the same in every host: published, <c>dotnet run</c> or a test server.
    /// </summary>
    private const string Stylesheet = "/packs/pack.css";

    public static IEndpointRouteBuilder MapPackDownloads(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Stylesheet, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(PackStylesheet.Css, "text/css; charset=utf-8");
        });
        var group = endpoints.MapGroup("/{tenant}/packs/{PackId:guid}").RequireAuthorization(Policies.TenantMember);
        group.MapGet("/pdf", PdfAsync);
        group.MapGet("/preview", PreviewAsync);
        return endpoints;
    }

    private static async Task<IResult> PdfAsync(Guid packId, PackArchive archive, CancellationToken cancellationToken) =>
        await archive.DownloadAsync(packId, cancellationToken) is { } file
            ? Results.File(file.Content, "application/pdf", file.FileName)
            : Results.NotFound();

    private static async Task<IResult> PreviewAsync(Guid packId, PackArchive archive, CancellationToken cancellationToken)
    {
        var model = await archive.ModelAsync(packId, cancellationToken);
        if (model is null)
        {
            return Results.NotFound();
        }

        var html = await PackHtml.RenderAsync(model, new PackRenderOptions(StylesheetHref: Stylesheet), cancellationToken);
        return Results.Content(html, "text/html; charset=utf-8");
    }
}
