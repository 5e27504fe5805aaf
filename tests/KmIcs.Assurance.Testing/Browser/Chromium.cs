using Microsoft.Playwright;

namespace KmIcs.Assurance.Testing.Browser;

/// <summary>
/// One headless Debian Chromium per test process, driven by Microsoft.Playwright. Playwright's own browser
/// download is blocked here, so the system browser is used (./build.sh setup installs it).
/// </summary>
public static class Chromium
{
    private static readonly SemaphoreSlim StartLock = new(1, 1);
    private static IPlaywright? playwright;
    private static IBrowser? browser;

    public static string ExecutablePath => Environment.GetEnvironmentVariable("ASSURANCE_CHROMIUM") ?? "/usr/bin/chromium";

    public static async Task<IBrowser> GetBrowserAsync()
    {
        await StartLock.WaitAsync();
        try
        {
            if (browser is null)
            {
                if (!File.Exists(ExecutablePath))
                {
                    throw new InvalidOperationException($"Chromium was not found at {ExecutablePath}. Run ./build.sh setup (it installs the chromium package) or set ASSURANCE_CHROMIUM.");
                }

                playwright = await Playwright.CreateAsync();
                browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
                {
                    ExecutablePath = ExecutablePath,
                    Headless = true,
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
                });
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                {
                    browser.CloseAsync().GetAwaiter().GetResult();
                    playwright.Dispose();
                };
            }

            return browser;
        }
        finally
        {
            StartLock.Release();
        }
    }

    /// <summary>A fresh browser context (own cookies) with one page, JavaScript on or off.</summary>
    public static async Task<IPage> NewPageAsync(Uri baseAddress, bool javaScriptEnabled = true)
    {
        var context = await (await GetBrowserAsync()).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            JavaScriptEnabled = javaScriptEnabled,
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        return await context.NewPageAsync();
    }
}
