using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace KmIcs.Assurance.Web.Hosting;

/// <summary>
/// Renders a component that depends only on a cached read model to HTML once, and gives every later request for the
/// same model that HTML: the role the Cache Tag Helper plays for MVC views, which Razor components lack. The HTML lives
/// exactly as long as the model object does (a weak table keyed by the instance), so when
/// <see cref="KmIcs.Assurance.Reporting.Dashboards.DashboardCache"/> builds a new model after a change, the next request
/// renders afresh and the old HTML goes with the old model. Only for components whose output is a function of their
/// parameters: nothing about the signed-in user, the request or the clock may be read while rendering.
/// See docs/adr/0013-per-request-costs-of-the-dashboards.md.
/// </summary>
public sealed class RenderedFragments(ILoggerFactory loggers)
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<Type, MarkupString>> rendered = [];

    /// <summary>
    /// The HTML of <typeparamref name="TComponent"/> rendered with <paramref name="parameters"/>, which must be derived
    /// from <paramref name="model"/> alone. <paramref name="services"/> are the request's, for any service the component
    /// injects.
    /// </summary>
    public async Task<MarkupString> RenderAsync<TComponent>(object model, IServiceProvider services, IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(model);
        var byComponent = rendered.GetValue(model, _ => new ConcurrentDictionary<Type, MarkupString>());
        if (byComponent.TryGetValue(typeof(TComponent), out var html))
        {
            return html;
        }

        await using var renderer = new HtmlRenderer(services, loggers);
        html = new MarkupString(await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString()));

        // Two requests may render the same model at once; both produce the same HTML and the first one kept wins.
        return byComponent.GetOrAdd(typeof(TComponent), html);
    }
}
