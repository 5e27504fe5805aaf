using KmIcs.Assurance.Benchmarks;

// Serves the real portal over Kestrel on loopback and measures routes at several concurrency levels:
// the shell (shell.json), then the signed-in dashboards beside /health and their SQL commands (dashboards.json), then
// assurance packs (packs.json), then indicator value imports (import.json). --only shell|dashboards|packs|import runs one of them (for a quicker loop while tuning).
// The import benchmark writes 120,000 values, so it runs last: the dashboards are measured on the seeded data.
var outDirectory = Option("--out") ?? Path.Combine("artifacts", "bench");
var only = Option("--only");
Directory.CreateDirectory(outDirectory);

var importsFailed = false;
var packsFailed = false;
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
        Console.WriteLine();
    }

    if (only is null or "packs")
    {
        Console.WriteLine("Packs");
        packsFailed = !await PackBenchmark.RunAsync(portal, outDirectory);
        Console.WriteLine();
    }

    if (only is null or "import")
    {
        Console.WriteLine("Import");
        importsFailed = !await ImportBenchmark.RunAsync(portal, outDirectory);
    }
}
finally
{
    await ((Xunit.IAsyncLifetime)portal).DisposeAsync();
}

// A missed time or memory budget is reported, not failed; an import that did not commit what it should, or a pack that
// was not made, is a failure.
return importsFailed || packsFailed ? 1 : 0;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}
