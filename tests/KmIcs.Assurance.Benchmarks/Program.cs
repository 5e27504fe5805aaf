using KmIcs.Assurance.Benchmarks;

// Serves the real portal over Kestrel on loopback and measures routes at several concurrency levels:
// the shell (shell.json), then the signed-in dashboards beside /health and their SQL commands (dashboards.json).
// --only shell|dashboards runs one of them (for a quicker loop while tuning).
var outDirectory = Option("--out") ?? Path.Combine("artifacts", "bench");
var only = Option("--only");
Directory.CreateDirectory(outDirectory);

var portal = new BenchPortalFactory();
await ((Xunit.IAsyncLifetime)portal).InitializeAsync();
try
{
    if (only is null or "shell")
    {
        Console.WriteLine("Shell");
        await ShellBenchmark.RunAsync(portal, outDirectory);
        Console.WriteLine();
    }

    if (only is null or "dashboards")
    {
        Console.WriteLine("Dashboards");
        await DashboardBenchmark.RunAsync(portal, outDirectory);
    }
}
finally
{
    await ((Xunit.IAsyncLifetime)portal).DisposeAsync();
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
