using System.Text.RegularExpressions;

namespace KmIcs.Assurance.Testing.Web;

/// <summary>The .eml files the portal wrote to its pickup folder, read as a person would read them.</summary>
public sealed partial class Mailbox(string folder)
{
    public string Folder { get; } = folder;

    /// <summary>Every message to <paramref name="to"/>, oldest first.</summary>
    public IReadOnlyList<string> To(string to) =>
        Directory.Exists(Folder)
            ? Directory.GetFiles(Folder, "*.eml")
                .Select(f => (File: f, Time: File.GetLastWriteTimeUtc(f)))
                .OrderBy(f => f.Time)
                .Select(f => File.ReadAllText(f.File))
                .Where(m => m.Contains($"To: {to}", StringComparison.OrdinalIgnoreCase))
                .ToList()
            : [];

    /// <summary>The first link to this portal in the latest message to <paramref name="to"/>, as a relative URL.</summary>
    public string LatestLink(string to)
    {
        var messages = To(to);
        var message = (messages.Count > 0 ? messages[^1] : null) ?? throw new InvalidOperationException($"No email was sent to {to} (folder {Folder}).");
        var link = Link().Match(message);
        if (!link.Success)
        {
            throw new InvalidOperationException("The email has no link: " + message);
        }

        return new Uri(link.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://[^\s]+", RegexOptions.CultureInvariant)]
    private static partial Regex Link();
}
