using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KmIcs.Assurance.Reporting.Packs.Document;

/// <summary>Renders a pack model to one HTML document, outside any HTTP request, so a background job can print it.</summary>
public static class PackHtml
{
    public static async Task<string> RenderAsync(PackModel model, PackRenderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        await using var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(PackDocument.Model)] = model,
            [nameof(PackDocument.Options)] = options,
        });
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<PackDocument>(parameters);
            return output.ToHtmlString();
        });
    }
}

/// <param name="PageNumbers">
/// The page each top-level section starts on, by <see cref="PackContentsEntry.Id"/>, found by a first print; without
/// them the contents page leaves the numbers blank but keeps its layout, so adding them moves nothing.
/// </param>
/// <param name="StylesheetHref">
/// Where a browser loads pack.css from; null inlines the stylesheet, so the document stands alone for the printer.
/// </param>
public sealed record PackRenderOptions(IReadOnlyDictionary<string, int>? PageNumbers = null, string? StylesheetHref = null);
