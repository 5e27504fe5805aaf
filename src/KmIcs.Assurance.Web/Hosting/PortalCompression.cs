using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace KmIcs.Assurance.Web.Hosting;

/// <summary>
/// Brotli, else gzip, for pages, styles, scripts, CSV and JSON, over HTTPS too. Compressing a secret beside text an
/// attacker chooses (BREACH) is the risk to weigh: pages carry no secret that repeats from one response to the next. The
/// session and antiforgery cookies travel in headers, which are not compressed, and the antiforgery field in a form is
/// encrypted afresh (new random bytes) for every response, so nothing can be guessed a byte at a time. docs/architecture.md.
/// </summary>
public static class PortalCompression
{
    public static IServiceCollection AddPortalCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "text/csv"]);
        });
        // Fastest: pages are small and made per request, so CPU matters more than the last few per cent of size.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }
}
