using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace KmIcs.Assurance.Reporting.Packs.Printing;

/// <summary>
/// Prints self-contained HTML to tagged PDF with headless Chromium (docs/adr/0004). One browser is launched on first use
/// and shared (a launch takes longer than a typical print), relaunched if it has gone; each print gets its own context and
/// page, closed after, and at most <see cref="PackPrinterOptions.MaxConcurrentPages"/> print at once. Register it as a singleton.
/// </summary>
public sealed partial class PackPrinter : IAsyncDisposable
{
    /// <summary>A contents that has not settled after this many passes never will in practice; see <see cref="PrintAsync"/>.</summary>
    private const int MaxPasses = 3;

    // The container runs Chromium as root, where its sandbox cannot start. The page it renders is our own HTML with
    // script off and the network offline, which is what bounds the exposure instead.
    private static readonly string[] LaunchArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

    private readonly PackPrinterOptions options;
    private readonly ILogger<PackPrinter> logger;
    private readonly SemaphoreSlim launchLock = new(1, 1);
    private readonly SemaphoreSlim pageSlots;

    // Read without the lock on the fast path, so a print sees a browser another thread has just launched.
    private volatile LaunchedBrowser? shared;
    private bool disposed;

    public PackPrinter(PackPrinterOptions options, ILogger<PackPrinter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentPages, 1, nameof(options));
        this.options = options;
        this.logger = logger;
        pageSlots = new SemaphoreSlim(options.MaxConcurrentPages, options.MaxConcurrentPages);
    }

    /// <summary>
    /// Prints the request's HTML, numbering its contents in passes: an untagged print without page numbers guesses
    /// where each contents target landed; each tagged print renders with the numbers so far and reads from its outline
    /// where the targets really are, printing again if they moved (filling numbers in can lengthen the contents). After
    /// three tagged prints the last is returned as it is, with the page numbers it actually has.
    /// </summary>
    /// <exception cref="InvalidOperationException">Chromium is missing, or a contents heading is not in the PDF.</exception>
    public async Task<PrintedPdf> PrintAsync(PrintRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(disposed, this);

        // An unshared browser is launched inside the slot too, so the limit bounds browsers as well as pages.
        await pageSlots.WaitAsync(cancellationToken);
        try
        {
            if (options.ShareBrowser)
            {
                return await PrintInPassesAsync(await SharedBrowserAsync(cancellationToken), request, cancellationToken);
            }

            await using var own = await LaunchAsync();
            return await PrintInPassesAsync(own.Browser, request, cancellationToken);
        }
        finally
        {
            pageSlots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await launchLock.WaitAsync();
        try
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            if (shared is { } browser)
            {
                shared = null;
                await browser.DisposeAsync();
            }
        }
        finally
        {
            launchLock.Release();
        }

        // The semaphores are left undisposed: a print still finishing releases its slot into them, and SemaphoreSlim
        // only holds an unmanaged handle once AvailableWaitHandle is asked for, which it never is here.
    }

    private async Task<PrintedPdf> PrintInPassesAsync(IBrowser browser, PrintRequest request, CancellationToken cancellationToken)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            // The document is self-contained and has no script: nothing in it should run or fetch.
            JavaScriptEnabled = false,
            Offline = true,
            Locale = "en-GB",
        });

        // Playwright's calls take no token; closing the context ends a print in progress so it frees its slot.
        await using var cancel = cancellationToken.Register(() => _ = context.CloseAsync());
        try
        {
            // The passes share one page: opening a page starts a renderer, which costs more than printing on it.
            var page = await context.NewPageAsync();
            await page.SetContentAsync(await request.RenderHtml(null, cancellationToken));
            // A quick untagged print guesses the numbers, so that usually one tagged print (the costly kind, and the
            // only kind with an outline to check against) is enough; without a guess the first tagged print finds them.
            var numbers = request.Contents.Count == 0
                ? null
                : PdfOutline.Guess(await page.PdfAsync(PdfOptions(request, tagged: false)), request.Contents);
            for (var pass = 1; ; pass++)
            {
                if (numbers is not null)
                {
                    var html = await request.RenderHtml(numbers, cancellationToken);
                    cancellationToken.ThrowIfCancellationRequested();
                    await page.SetContentAsync(html);
                }

                var bytes = await page.PdfAsync(PdfOptions(request, tagged: true));
                var (pages, printed) = PdfOutline.Read(bytes, request.Contents);
                var settled = request.Contents.Count == 0 || (numbers is not null && SameNumbers(numbers, printed));
                if (settled || pass == MaxPasses)
                {
                    if (!settled)
                    {
                        LogContentsUnsettled(logger, request.Title, pass);
                    }

                    return new PrintedPdf(bytes, pages, printed);
                }

                numbers = printed;
            }
        }
        catch (PlaywrightException e) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException("The print was cancelled.", e, cancellationToken);
        }
    }

    private static PagePdfOptions PdfOptions(PrintRequest request, bool tagged)
    {
        var title = WebUtility.HtmlEncode(request.Title);
        var marking = WebUtility.HtmlEncode(request.Marking);
        return new PagePdfOptions
        {
            Format = "A4",
            PrintBackground = true,
            PreferCSSPageSize = false,
            Tagged = tagged,
            Outline = tagged,
            DisplayHeaderFooter = true,
            HeaderTemplate = Band($"<span>{title}</span><strong>{marking}</strong>"),
            FooterTemplate = Band($"<span>{marking}</span><span>Page <span class=\"pageNumber\"></span> of <span class=\"totalPages\"></span></span>"),
            Margin = new Margin { Top = "20mm", Bottom = "20mm", Left = "15mm", Right = "15mm" },
        };
    }

    // Chromium draws the header and footer in the page margins, outside the document's styles, at a default font size
    // too small to read; the band sets its own size and font and is inset to line up with the 15mm side margins.
    private static string Band(string content) =>
        "<div style=\"box-sizing:border-box;width:100%;padding:0 15mm;display:flex;justify-content:space-between;"
        + "font-family:Arial,'Liberation Sans',sans-serif;font-size:9px;color:#212b32\">" + content + "</div>";

    private static bool SameNumbers(IReadOnlyDictionary<string, int> before, IReadOnlyDictionary<string, int> after) =>
        before.Count == after.Count && before.All(pair => after.TryGetValue(pair.Key, out var page) && page == pair.Value);

    private async Task<IBrowser> SharedBrowserAsync(CancellationToken cancellationToken)
    {
        if (shared is { Browser.IsConnected: true } current)
        {
            return current.Browser;
        }

        await launchLock.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (shared is { Browser.IsConnected: true } launched)
            {
                return launched.Browser;
            }

            if (shared is { } gone)
            {
                LogRelaunching(logger);
                shared = null;
                await gone.DisposeAsync();
            }

            var browser = await LaunchAsync();
            shared = browser;
            LogLaunched(logger, options.ChromiumPath, browser.Browser.Version);
            return browser.Browser;
        }
        finally
        {
            launchLock.Release();
        }
    }

    private async Task<LaunchedBrowser> LaunchAsync()
    {
        // Playwright would otherwise report a missing browser as a failure to spawn with no path in it.
        if (!File.Exists(options.ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {options.ChromiumPath}. Install the chromium package or set {PackPrinterOptions.SectionName}:{nameof(PackPrinterOptions.ChromiumPath)}.");
        }

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = options.ChromiumPath,
                Headless = true,
                Args = LaunchArguments,
            });
            return new LaunchedBrowser(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Launched Chromium {Path} ({Version}) for printing packs")]
    private static partial void LogLaunched(ILogger logger, string path, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The pack printer's Chromium disconnected; launching another")]
    private static partial void LogRelaunching(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The contents of \"{Title}\" had not settled after {Passes} passes; its page numbers may be out")]
    private static partial void LogContentsUnsettled(ILogger logger, string title, int passes);

    /// <summary>A browser and the Playwright driver that launched it, closed together.</summary>
    private sealed class LaunchedBrowser(IPlaywright playwright, IBrowser browser) : IAsyncDisposable
    {
        public IBrowser Browser => browser;

        public async ValueTask DisposeAsync()
        {
            try
            {
                await browser.CloseAsync();
            }
            catch (PlaywrightException) when (!browser.IsConnected)
            {
                // A browser that crashed has nothing left to close.
            }
            finally
            {
                playwright.Dispose();
            }
        }
    }
}
