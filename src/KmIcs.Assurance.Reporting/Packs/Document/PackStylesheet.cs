using Microsoft.AspNetCore.Components;

namespace KmIcs.Assurance.Reporting.Packs.Document;

/// <summary>
/// pack.css as a <c>style</c> element, read once from the assembly: the printer has no web server to fetch a
/// stylesheet from, and the same file is the static web asset the preview links to.
/// </summary>
internal static class PackStylesheet
{
    private const string ResourceName = "KmIcs.Assurance.Reporting.pack.css";

    private static readonly Lazy<MarkupString> Inline = new(Read);

    public static MarkupString StyleElement => Inline.Value;

    private static MarkupString Read()
    {
        using var stream = typeof(PackStylesheet).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the Reporting assembly.");
        using var reader = new StreamReader(stream);
        // Written as markup: encoded, the quotes around "Liberation Sans" would reach the CSS parser as &quot;.
        return new MarkupString("<style>" + reader.ReadToEnd() + "</style>");
    }
}
