using System.Diagnostics;
using System.Text.RegularExpressions;
namespace KmIcs.Assurance.Testing.Pdf;

/// <summary>Reads PDFs back with poppler-utils, as a person checking a pack would, and keeps them for looking at.</summary>
public static class Poppler
{
    /// <summary>Where printed packs and their page images go: <c>artifacts/packs/</c> under the repository root.</summary>
    public static string ArtifactsFolder
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("ASSURANCE_ARTIFACTS") ?? Path.Combine(RepositoryRoot.Find(), "artifacts");
            var folder = Path.Combine(root, "packs");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>Writes the PDF and a low-resolution PNG of each page (name-1.png, ...) to the artifacts folder.</summary>
    public static async Task<string> SaveAsync(byte[] pdf, string name)
    {
        var path = Path.Combine(ArtifactsFolder, name + ".pdf");
        // A shorter run leaves a longer run's last pages behind; only this name's pages go (name-with-more-01.png stays).
        var pageImage = new Regex($@"^{Regex.Escape(name)}-\d+\.png$");
        foreach (var old in Directory.EnumerateFiles(ArtifactsFolder, name + "-*.png").Where(file => pageImage.IsMatch(Path.GetFileName(file))))
        {
            File.Delete(old);
        }

        await File.WriteAllBytesAsync(path, pdf);
        await RunAsync("pdftoppm", "-png", "-r", "60", path, Path.Combine(ArtifactsFolder, name));
        return path;
    }

    /// <summary><c>pdfinfo</c>'s "Key: value" lines.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> InfoAsync(string pdf)
    {
        var lines = (await RunAsync("pdfinfo", pdf)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.Ordinal);
    }

    /// <summary>
    /// <c>pdffonts</c>' table, one dictionary per font keyed by column heading. Columns are cut where the dashed rule
    /// under the headings breaks, since a font's type ("CID TrueType") has spaces in it.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyDictionary<string, string>>> FontsAsync(string pdf)
    {
        var lines = (await RunAsync("pdffonts", pdf)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var rule = lines[1];
        var columns = new List<(int Start, int Length)>();
        for (var start = 0; start < rule.Length;)
        {
            var end = rule.IndexOf(' ', start);
            end = end < 0 ? rule.Length : end;
            columns.Add((start, end - start));
            start = end + 1;
        }

        string Cell(string line, (int Start, int Length) column) =>
            column.Start >= line.Length ? "" : line.Substring(column.Start, Math.Min(column.Length, line.Length - column.Start)).Trim();

        var headings = columns.Select(column => Cell(lines[0], column)).ToList();
        return lines
            .Skip(2)
            .Select(line => (IReadOnlyDictionary<string, string>)columns
                .Select((column, index) => (Heading: headings[index], Value: Cell(line, column)))
                .ToDictionary(cell => cell.Heading, cell => cell.Value, StringComparer.Ordinal))
            .ToList();
    }

    /// <summary>
    /// One page's text, laid out as printed so a contents line keeps its heading and number together; with
    /// <paramref name="layout"/> false, in reading order instead, so a heading that wraps stays whole before its number.
    /// </summary>
    public static Task<string> PageTextAsync(string pdf, int page, bool layout = true)
    {
        var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return layout
            ? RunAsync("pdftotext", "-layout", "-f", number, "-l", number, pdf, "-")
            : RunAsync("pdftotext", "-f", number, "-l", number, pdf, "-");
    }

    /// <summary>The whole document's text, laid out as printed.</summary>
    public static Task<string> TextAsync(string pdf) => RunAsync("pdftotext", "-layout", pdf, "-");

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start; ./build.sh setup installs poppler-utils.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}");
        }

        return await output;
    }
}
