using KmIcs.Assurance.Reporting.Packs.Printing;
using KmIcs.Assurance.Testing.Browser;
using KmIcs.Assurance.Testing.Pdf;
using Microsoft.Extensions.Logging.Abstractions;

namespace KmIcs.Assurance.Reporting.Tests.Packs.Printing;

/// <summary>One shared printer for a test class, and the sample pack printed once for the tests that only read it.</summary>
public sealed class PackPrinterFixture : IAsyncLifetime
{
    public PackPrinter Printer { get; } = Create(new PackPrinterOptions { ChromiumPath = Chromium.ExecutablePath, MaxConcurrentPages = 2 });

    public PrintedPdf Sample { get; private set; } = null!;

    /// <summary>The sample pack's file under artifacts/packs/, for the poppler tools.</summary>
    public string SamplePath { get; private set; } = "";

    public static PackPrinter Create(PackPrinterOptions options) => new(options, NullLogger<PackPrinter>.Instance);

    public async Task InitializeAsync()
    {
        Sample = await Printer.PrintAsync(SamplePack.Request(), CancellationToken.None);
        SamplePath = await Poppler.SaveAsync(Sample.Bytes, "sample-pack");
    }

    public async Task DisposeAsync() => await Printer.DisposeAsync();
}
