using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using KmIcs.Assurance.Testing.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KmIcs.Assurance.Testing.Web;

/// <summary>
/// A person's browser over HTTP: keeps cookies, does not follow redirects (tests assert them), reads pages with
/// AngleSharp and submits their forms with every field the page rendered (antiforgery token and form name included).
/// </summary>
public sealed class PortalClient : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public PortalClient(PortalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
    }

    /// <summary>
    /// Over a client the caller built (for example one over sockets with its own cookie container, shared by a load
    /// generator once signed in). It must keep cookies and not follow redirects, like the factory's.
    /// </summary>
    public PortalClient(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        Http = http;
    }

    public HttpClient Http { get; }

    public async Task<HttpResponseMessage> GetAsync(string url) => await Http.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>GETs a page that must answer 200 and parses it.</summary>
    public async Task<IHtmlDocument> GetPageAsync(string url)
    {
        using var response = await GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode} {response.Headers.Location}: {html}");
        }

        return Parse(html);
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Fills the form (chosen by CSS selector) of a page already read, and posts it to its action or the page's own URL.
    /// A field given with the name of one of the form's hidden inputs replaces that input's value (a tampered form).
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string pageUrl, string formSelector, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(fields);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        var given = fields.ToList();
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            if (!given.Exists(f => f.Key == input.Name))
            {
                values.Add(new(input.Name ?? "", input.Value));
            }
        }

        values.AddRange(given);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        using var content = new FormUrlEncodedContent(values);
        return await Http.PostAsync(new Uri(target, UriKind.Relative), content);
    }

    /// <summary>
    /// Submits the form as a browser would after the person changed only <paramref name="changes"/>: every control the
    /// page rendered goes with its current value (text, selected option, checked box, textarea), a change replacing it.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitChangedAsync(IHtmlDocument page, string pageUrl, string formSelector, params (string Name, string Value)[] changes)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var control in form.Elements)
        {
            var (name, value) = control switch
            {
                IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false } => (null, null),
                IHtmlInputElement { Type: "submit" or "button" or "file" } => (null, null),
                IHtmlInputElement input => (input.Name, input.Value),
                IHtmlSelectElement select => (select.Name, select.SelectedOptions.Length > 0 ? select.SelectedOptions[0].Value : select.Options.Length > 0 ? select.Options[0].Value : ""),
                IHtmlTextAreaElement textArea => (textArea.Name, textArea.Value),
                _ => (null, null),
            };
            if (!string.IsNullOrEmpty(name) && !changes.Any(c => c.Name == name))
            {
                values.Add(new(name, value ?? ""));
            }
        }

        values.AddRange(changes.Select(c => new KeyValuePair<string, string>(c.Name, c.Value)));
        var action = form.GetAttribute("action");
        using var content = new FormUrlEncodedContent(values);
        return await Http.PostAsync(new Uri(string.IsNullOrEmpty(action) ? pageUrl : action, UriKind.Relative), content);
    }

    /// <summary>GETs the page and submits its form.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, string formSelector, params (string Name, string Value)[] fields) =>
        await SubmitAsync(await GetPageAsync(pageUrl), pageUrl, formSelector, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    /// <summary>
    /// GETs the page and posts its multipart form with every hidden input it rendered and one file, as a browser's
    /// file upload does.
    /// </summary>
    public async Task<HttpResponseMessage> UploadAsync(string pageUrl, string formSelector, string fileField, string fileName, byte[] file)
    {
        var page = await GetPageAsync(pageUrl);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        using var content = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            content.Add(new StringContent(input.Value), input.Name ?? "");
        }

        content.Add(new ByteArrayContent(file), fileField, fileName);
        var action = form.GetAttribute("action");
        return await Http.PostAsync(new Uri(string.IsNullOrEmpty(action) ? pageUrl : action, UriKind.Relative), content);
    }

    /// <summary>Signs in through the pages, entering the authenticator code when asked; returns where the portal sent them.</summary>
    public async Task<string> SignInAsync(TestUser user, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var signIn = returnUrl is null ? "/account/sign-in" : "/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl);
        using var password = await SubmitAsync(signIn, "form", ("Input.Email", user.Email), ("Input.Password", user.Password));
        var location = RedirectOf(password) ?? throw new InvalidOperationException("Sign-in did not redirect: " + await password.Content.ReadAsStringAsync());
        if (!location.StartsWith("/account/sign-in/two-factor", StringComparison.Ordinal))
        {
            return location;
        }

        var key = user.AuthenticatorKey ?? throw new InvalidOperationException("The user has no authenticator key.");
        using var code = await SubmitAsync(location, "form", ("Input.Code", Totp.Code(key)));
        return RedirectOf(code) ?? throw new InvalidOperationException("The code was refused: " + await code.Content.ReadAsStringAsync());
    }

    /// <summary>The redirect target as a site-relative path and query, or null when the response is not a redirect.</summary>
    public static string? RedirectOf(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location;
        return location is null ? null : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public void Dispose() => Http.Dispose();
}
