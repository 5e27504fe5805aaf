namespace KmIcs.Assurance.Reporting.Packs.Printing;

/// <summary>How packs are printed to PDF (section <c>PackPrinting</c>); see docs/adr/0004.</summary>
public sealed class PackPrinterOptions
{
    public const string SectionName = "PackPrinting";

    /// <summary>The system Chromium; Playwright's own browser download is never used.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>How many pages print at once; each holds a renderer process and its memory, so this bounds both.</summary>
    public int MaxConcurrentPages { get; set; } = 2;

    /// <summary>
    /// Whether one browser is launched and kept for every print (the default). Off, each print launches and closes its
    /// own browser: slower, but it is the baseline the pack benchmark measures the shared browser against.
    /// </summary>
    public bool ShareBrowser { get; set; } = true;
}
