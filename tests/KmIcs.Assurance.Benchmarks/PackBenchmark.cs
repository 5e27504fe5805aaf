using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Reporting.Packs;
using KmIcs.Assurance.Reporting.Packs.Printing;
using KmIcs.Assurance.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace KmIcs.Assurance.Benchmarks;

/// <summary>
/// The annual pack of the seeded Kent and Medway data, made by the same render step the job engine runs (model, HTML,
/// Chromium, archive row): cold (a printer whose Chromium is not started yet) and warm; four at once; a shared browser
/// against a new browser per pack; and outcome 1's page under load, idle and while two packs render. Writes
/// <c>packs.json</c> (see docs/benchmarks.md).
/// </summary>
public static class PackBenchmark
{
    private const string Tenant = "kent-medway";
    private const string Outcome = "/" + Tenant + "/outcomes/1";
    private const int WarmRuns = 5;
    private const int Concurrent = 4;
    private const int Users = 16;
    private static readonly TimeSpan LoadWarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan LoadDuration = TimeSpan.FromSeconds(8);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    public static async Task<bool> RunAsync(BenchPortalFactory portal, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var tenant = await portal.SeededTenantAsync(Tenant);
        var otherCpu = new OtherCpuUse();

        await using var cold = new PackPrinter(new PackPrinterOptions(), NullLogger<PackPrinter>.Instance);
        var coldRun = await RenderAsync(portal, tenant, cold);
        Console.WriteLine(Line("annual, cold (Chromium starts)", coldRun));

        await using var shared = new PackPrinter(new PackPrinterOptions(), NullLogger<PackPrinter>.Instance);
        await RenderAsync(portal, tenant, shared);
        var warm = new List<PackRun>();
        for (var i = 0; i < WarmRuns; i++)
        {
            warm.Add(await RenderAsync(portal, tenant, shared));
        }

        Console.WriteLine(Line($"annual, warm (median of {WarmRuns})", Median(warm)));

        await using var unshared = new PackPrinter(new PackPrinterOptions { ShareBrowser = false }, NullLogger<PackPrinter>.Instance);
        var perPack = new List<PackRun>();
        for (var i = 0; i < WarmRuns; i++)
        {
            perPack.Add(await RenderAsync(portal, tenant, unshared));
        }

        Console.WriteLine(Line($"annual, new browser per pack (median of {WarmRuns})", Median(perPack)));

        var together = Stopwatch.StartNew();
        var four = await Task.WhenAll(Enumerable.Range(0, Concurrent).Select(_ => RenderAsync(portal, tenant, shared)));
        together.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Concurrent} annual packs at once: {together.Elapsed.TotalSeconds:F2} s in all, slowest {four.Max(r => r.Seconds):F2} s"));

        var (idle, loaded, packsWhileLoaded) = await DashboardUnderPacksAsync(portal, tenant, shared);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"outcome page p95 at {Users} users: idle {idle.P95Ms:F1} ms, while two packs render {loaded.P95Ms:F1} ms ({packsWhileLoaded} packs made meanwhile)"));

        var warmMedian = Median(warm);
        var goals = new PackGoals(
            warmMedian.Seconds < 5,
            coldRun.Seconds < 10,
            loaded.P95Ms <= idle.P95Ms * 2,
            four.All(r => r.Status == PackStatus.Ready) && warm.Concat(perPack).All(r => r.Status == PackStatus.Ready));
        var report = new
        {
            machine = BenchMachine.Describe(portal, otherCpu.CoresSinceStart()),
            generatedAt = DateTimeOffset.UtcNow,
            annual = new { cold = coldRun, warm, warmMedian },
            browser = new { shared = Median(warm), newPerPack = Median(perPack), perPack },
            concurrent = new { packs = Concurrent, totalSeconds = Math.Round(together.Elapsed.TotalSeconds, 2), runs = four },
            dashboard = new { route = Outcome, users = Users, idle, whileTwoPacksRender = loaded, packsMadeMeanwhile = packsWhileLoaded },
            goals,
        };
        Console.WriteLine("Goals");
        Console.WriteLine($"  annual pack under 5 s warm:                           {Met(goals.AnnualWarmUnder5S)}");
        Console.WriteLine($"  annual pack under 10 s cold:                          {Met(goals.AnnualColdUnder10S)}");
        Console.WriteLine($"  outcome p95 while two packs render at most twice idle: {Met(goals.DashboardP95AtMostTwiceIdle)}");
        var path = Path.Combine(outDirectory, "packs.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, Json));
        Console.WriteLine("Wrote " + path);
        return goals.EveryPackReady;
    }

    /// <summary>Asks for an annual pack as the command line does and times the render step that makes it.</summary>
    private static async Task<PackRun> RenderAsync(BenchPortalFactory portal, TestTenant tenant, PackPrinter printer)
    {
        await using var db = portal.CreateContext(tenant);
        var requested = await new PackArchive(db).RequestAsync(new PackOptions(PackOptions.AnnualKind), new PackRequester(null, "benchmark"));
        var packId = requested.Value!.Id;
        var clock = Stopwatch.StartNew();
        var status = await new PackRenderer(db, new PackModelQuery(db), printer, NullLogger<PackRenderer>.Instance).RenderAsync(packId);
        clock.Stop();
        var pack = await db.Set<AssurancePack>().AsNoTracking().Where(p => p.Id == packId).Select(p => new { p.Pages, p.SizeBytes }).SingleAsync();
        return new PackRun(Math.Round(clock.Elapsed.TotalSeconds, 3), pack.Pages, pack.SizeBytes, status ?? PackStatus.Failed);
    }

    private static async Task<(RouteResult Idle, RouteResult Loaded, int Packs)> DashboardUnderPacksAsync(BenchPortalFactory portal, TestTenant tenant, PackPrinter printer)
    {
        var user = await portal.CreateUserAsync(tenant, [TenantRole.Member]);
        using var handler = new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var member = new PortalClient(new HttpClient(handler, disposeHandler: false) { BaseAddress = portal.ServerAddress });
        await member.SignInAsync(user);
        var runner = new LoadRunner(member.Http);
        var idle = await runner.RunAsync(Outcome, Users, LoadWarmUp, LoadDuration);

        using var stop = new CancellationTokenSource();
        var made = 0;
        async Task KeepRenderingAsync()
        {
            while (!stop.IsCancellationRequested)
            {
                await RenderAsync(portal, tenant, printer);
                Interlocked.Increment(ref made);
            }
        }

        var renderers = new[] { Task.Run(KeepRenderingAsync), Task.Run(KeepRenderingAsync) };
        var loaded = await runner.RunAsync(Outcome, Users, LoadWarmUp, LoadDuration);
        await stop.CancelAsync();
        await Task.WhenAll(renderers);
        return (idle, loaded, made);
    }

    private static PackRun Median(List<PackRun> runs) => runs.OrderBy(r => r.Seconds).ElementAt(runs.Count / 2);

    private static string Line(string label, PackRun run) =>
        string.Create(CultureInfo.InvariantCulture, $"{label,-48} {run.Seconds,6:F2} s  {run.Pages,3} pages  {run.Bytes / 1024d,7:F0} KB  {run.Status}");

    private static string Met(bool met) => met ? "met" : "NOT MET";
}

public sealed record PackRun(double Seconds, int Pages, long Bytes, PackStatus Status);

public sealed record PackGoals(bool AnnualWarmUnder5S, bool AnnualColdUnder10S, bool DashboardP95AtMostTwiceIdle, bool EveryPackReady);
