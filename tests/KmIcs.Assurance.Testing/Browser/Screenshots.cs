using Microsoft.Playwright;

namespace KmIcs.Assurance.Testing.Browser;

/// <summary>Saves full-page screenshots under <c>artifacts/screenshots/</c> so a person can look at what the tests saw.</summary>
public static class Screenshots
{
    public static string Folder
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("ASSURANCE_ARTIFACTS") ?? Path.Combine(RepositoryRoot.Find(), "artifacts");
            var folder = Path.Combine(root, "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
