using System.Globalization;
using System.Text.Json;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Benchmarks;

/// <summary>The shell: <c>/health</c> and <c>/</c>, anonymous, at 16 and 64 users; writes <c>shell.json</c>.</summary>
public static class ShellBenchmark
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static async Task RunAsync(PortalFactory portal, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(portal);
        using var client = new HttpClient { BaseAddress = portal.ServerAddress };
        var runner = new LoadRunner(client);

        string[] routes = ["/health", "/"];
        int[] concurrencies = [16, 64];
        var coldStart = await ServerWarmUp.RunAsync([.. routes.Select(route => (route, runner))]);
        var results = new List<RouteResult>();
        foreach (var concurrency in concurrencies)
        {
            foreach (var route in routes)
            {
                var result = await runner.RunAsync(route, concurrency, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(8));
                results.Add(result);
                Console.WriteLine(Line(result));
            }
        }

        var path = Path.Combine(outDirectory, "shell.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new { machine = Environment.ProcessorCount + " cores", coldStart, results }, Json));
        Console.WriteLine("Wrote " + path);
    }

    /// <summary>One result as a line of the console table.</summary>
    public static string Line(RouteResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Create(CultureInfo.InvariantCulture, $"{result.Route,-24} c={result.Concurrency,-3} {result.RequestsPerSecond,9:F1} req/s  p50 {result.P50Ms,7:F2} ms  p95 {result.P95Ms,7:F2} ms  p99 {result.P99Ms,7:F2} ms  errors {result.Errors}");
    }
}
