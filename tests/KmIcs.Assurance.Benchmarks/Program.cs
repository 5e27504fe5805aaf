using KmIcs.Assurance.Benchmarks;

// Serves the real portal over Kestrel on loopback and measures routes at several concurrency levels:
// the shell (shell.json), then the signed-in dashboards beside /health and their SQL commands (dashboards.json).
var outIndex = Array.IndexOf(args, "--out");
var outDirectory = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : Path.Combine("artifacts", "bench");
Directory.CreateDirectory(outDirectory);

var portal = new BenchPortalFactory();
await ((Xunit.IAsyncLifetime)portal).InitializeAsync();
try
{
    Console.WriteLine("Shell");
    await ShellBenchmark.RunAsync(portal, outDirectory);
    Console.WriteLine();
    Console.WriteLine("Dashboards");
    await DashboardBenchmark.RunAsync(portal, outDirectory);
}
finally
{
    await ((Xunit.IAsyncLifetime)portal).DisposeAsync();
}
