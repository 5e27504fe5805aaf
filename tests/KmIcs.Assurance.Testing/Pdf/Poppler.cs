using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KmIcs.Assurance.Testing.Pdf;

/// <summary>
/// Reads a PDF back with poppler-utils (installed by <c>./build.sh setup</c>), the tools a person would use to check
/// one: <c>pdfinfo</c>, <c>pdffonts</c>, <c>pdftotext</c> and <c>pdftoppm</c>. Files go under <c>artifacts/packs/</c>.
/// </summary>
public static partial class Poppler
{
    public static string Folder
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("ASSURANCE_ARTIFACTS") ?? Path.Combine(RepositoryRoot.Find(), "artifacts");
            var folder = Path.Combine(root, "packs");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>Writes the PDF under <see cref="Folder"/> and returns its path.</summary>
    public static async Task<string> SaveAsync(byte[] pdf, string name)
    {
        var path = Path.Combine(Folder, name + ".pdf");
        await File.WriteAllBytesAsync(path, pdf);
        return path;
    }

    /// <summary><c>pdfinfo</c>'s fields ("Tagged", "Pages", "Title", ...).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> InfoAsync(string path)
    {
        var text = await RunAsync("pdfinfo", path);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim());
    }

    /// <summary>Each font <c>pdffonts</c> lists, with whether it is embedded.</summary>
    public static async Task<IReadOnlyList<(string Name, bool Embedded)>> FontsAsync(string path)
    {
        var lines = (await RunAsync("pdffonts", path)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Two header lines, then one line per font; "emb" is the first of the yes/no columns after name, type and encoding.
        return lines.Skip(2)
            .Select(line => FontLine().Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups["name"].Value, m.Groups["emb"].Value == "yes"))
            .ToList();
    }

    /// <summary>The text of one page (1-based), or of the whole document when <paramref name="page"/> is null, in reading layout.</summary>
    public static Task<string> TextAsync(string path, int? page = null) =>
        page is { } p
            ? RunAsync("pdftotext", "-layout", "-f", p.ToString(CultureInfo.InvariantCulture), "-l", p.ToString(CultureInfo.InvariantCulture), path, "-")
            : RunAsync("pdftotext", "-layout", path, "-");

    /// <summary>Page images at a low resolution beside the PDF, for a person to look at; returns how many were written.</summary>
    public static async Task<int> ImagesAsync(string path, int? lastPage = null)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path));
        var arguments = new List<string> { "-png", "-r", "50" };
        if (lastPage is { } last)
        {
            arguments.AddRange(["-l", last.ToString(CultureInfo.InvariantCulture)]);
        }

        arguments.AddRange([path, prefix]);
        await RunAsync("pdftoppm", [.. arguments]);
        return Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(prefix) + "-*.png").Length;
    }

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start. Run ./build.sh setup (it installs poppler-utils).");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
        }

        return await output;
    }

    [GeneratedRegex(@"^(?<name>\S+)\s+.*?\s(?<emb>yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$")]
    private static partial Regex FontLine();
}
