using System.Net;
using AngleSharp.Html.Dom;

namespace KmIcs.Assurance.Testing.Web.WorkAccounts;

/// <summary>
/// A browser over real sockets with one cookie jar for the portal (served by Kestrel) and the identity provider, so a
/// work-account sign-in crosses both hosts as it would for a person. Redirects are followed by hand, and the
/// provider's answer (an HTML form posted back to the portal, <c>response_mode=form_post</c>) is submitted as a
/// browser's script would.
/// </summary>
public sealed class WorkAccountBrowser : IDisposable
{
    private const string CallbackPath = "/account/sign-in/work-account/callback";
    private const string OidcCallbackPath = "/signin-oidc";
    private readonly SocketsHttpHandler handler = new() { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };

    public WorkAccountBrowser(PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        Http = new HttpClient(handler, disposeHandler: false) { BaseAddress = portal.ServerAddress };
        Portal = new PortalClient(Http);
    }

    public HttpClient Http { get; }

    /// <summary>The same browser, for the portal's own pages and forms.</summary>
    public PortalClient Portal { get; }

    /// <summary>
    /// Opens the sign-in page, chooses "Sign in with a work account", and goes through the provider and back. Returns
    /// where the portal sent the browser once it had the provider's answer (path and query).
    /// </summary>
    public async Task<string> SignInWithWorkAccountAsync(string? returnUrl = null)
    {
        var signIn = returnUrl is null ? "/account/sign-in" : "/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl);
        var page = await Portal.GetPageAsync(signIn);
        var response = await Portal.SubmitAsync(page, signIn, "form.app-work-account-form", []);
        for (var hop = 0; hop < 10; hop++)
        {
            var next = await NextStepAsync(response);
            response.Dispose();
            if (next.Landing is { } landing)
            {
                return landing;
            }

            response = next.Response!;
        }

        throw new InvalidOperationException("The work-account sign-in did not finish within 10 steps.");
    }

    /// <summary>Follows a redirect or posts the provider's form; at the portal's callback, the place it redirects to.</summary>
    private async Task<(string? Landing, HttpResponseMessage? Response)> NextStepAsync(HttpResponseMessage response)
    {
        var requested = response.RequestMessage!.RequestUri!;
        if (response.Headers.Location is { } location)
        {
            // The portal's answer once it has the provider's: from the callback, or from the OpenID Connect handler
            // itself when the sign-in failed before the callback.
            var finished = requested.AbsolutePath == CallbackPath
                || (requested.AbsolutePath == OidcCallbackPath && !location.OriginalString.Contains(CallbackPath, StringComparison.Ordinal));
            return finished
                ? (PortalClient.RedirectOf(response)!, null)
                : (null, await Http.GetAsync(location.IsAbsoluteUri ? location : new Uri(requested, location)));
        }

        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.OK && PortalClient.Parse(html).QuerySelector("form[method=post]") is IHtmlFormElement form
            && Uri.TryCreate(form.GetAttribute("action"), UriKind.Absolute, out var target))
        {
            var fields = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>()
                .Select(i => new KeyValuePair<string, string>(i.Name ?? "", i.Value)).ToList();
            using var content = new FormUrlEncodedContent(fields);
            return (null, await Http.PostAsync(target, content));
        }

        throw new InvalidOperationException($"{requested} answered {(int)response.StatusCode} during the work-account sign-in: {html}");
    }

    public void Dispose()
    {
        Http.Dispose();
        handler.Dispose();
    }
}
