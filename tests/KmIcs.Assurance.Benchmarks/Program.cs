using System.Globalization;
using System.Text.Json;
using KmIcs.Assurance.Benchmarks;
using KmIcs.Assurance.Testing.Web;

// Serves the real portal over Kestrel on loopback and measures routes at several concurrency levels.
var outIndex = Array.IndexOf(args, "--out");
var outDirectory = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : Path.Combine("artifacts", "bench");
Directory.CreateDirectory(outDirectory);

await using var portal = new PortalFactory { UseRealServer = true };
await ((Xunit.IAsyncLifetime)portal).InitializeAsync();
using var client = new HttpClient { BaseAddress = portal.ServerAddress };
var runner = new LoadRunner(client);

string[] routes = ["/health", "/"];
int[] concurrencies = [16, 64];
var results = new List<RouteResult>();
foreach (var concurrency in concurrencies)
{
    foreach (var route in routes)
    {
        var result = await runner.RunAsync(route, concurrency, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8));
        results.Add(result);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{route,-20} c={concurrency,-3} {result.RequestsPerSecond,9:F1} req/s  p50 {result.P50Ms,7:F2} ms  p95 {result.P95Ms,7:F2} ms  p99 {result.P99Ms,7:F2} ms  errors {result.Errors}"));
    }
}

var path = Path.Combine(outDirectory, "shell.json");
await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new { machine = Environment.ProcessorCount + " cores", results }, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine("Wrote " + path);
await ((Xunit.IAsyncLifetime)portal).DisposeAsync();
