using Microsoft.AspNetCore.Components;

namespace KmIcs.Assurance.Reporting.Packs.Document;

/// <summary>
/// pack.css, read once from the assembly: inlined as a <c>style</c> element for the printer, which has no web server to
/// fetch a stylesheet from, and served as it is for the preview, whose CSP forbids inline styles.
/// </summary>
public static class PackStylesheet
{
    private const string ResourceName = "KmIcs.Assurance.Reporting.pack.css";

    private static readonly Lazy<string> Text = new(Read);

    /// <summary>The stylesheet's text.</summary>
    public static string Css => Text.Value;

    // Written as markup: encoded, the quotes around "Liberation Sans" would reach the CSS parser as &quot;.
    internal static MarkupString StyleElement => new("<style>" + Css + "</style>");

    private static string Read()
    {
        using var stream = typeof(PackStylesheet).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the Reporting assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
