using System.Globalization;
using System.Net;
using System.Text.Json;
using KmIcs.Assurance.Data.Caching;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Web;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Benchmarks;

/// <summary>
/// The dashboards under load, signed in as a member of the seeded Kent and Medway partnership: the overview and
/// outcome 1's page beside <c>/health</c> in the same run, at 16 and 64 users; then the SQL commands one request of
/// each page executes, on the seeded data and again after outcome 1's data is doubled. Writes <c>dashboards.json</c>
/// (see docs/benchmarks.md).
/// </summary>
public static class DashboardBenchmark
{
    private const string Tenant = "kent-medway";
    private const string Health = "/health";
    private const string Overview = "/" + Tenant;
    private const string Outcome = "/" + Tenant + "/outcomes/1";
    private const string EnhancedNavigationAccept = "text/html; blazor-enhanced-nav=on";
    private const string EnhancedSuffix = " (enhanced navigation)";
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(6);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task RunAsync(BenchPortalFactory portal, string outDirectory)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var tenant = await portal.SeededTenantAsync(Tenant);
        var user = await portal.CreateUserAsync(tenant, [TenantRole.Member]);

        // One signed-in client shared by every virtual user: HttpClient is thread-safe and the cookie container too.
        using var handler = new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var member = new PortalClient(new HttpClient(handler, disposeHandler: false) { BaseAddress = portal.ServerAddress });
        await member.SignInAsync(user);
        foreach (var route in new[] { Overview, Outcome })
        {
            using var response = await member.GetAsync(route);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"Signed in, GET {route} answered {(int)response.StatusCode} {response.Headers.Location}.");
            }
        }

        // The same member as blazor.web.js's enhanced navigation asks for a page (fetch with this Accept header): the
        // server's answer is the same document, and this row shows what asking that way costs beside the classic one.
        using var enhancedHandler = new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var enhancedMember = new PortalClient(new HttpClient(enhancedHandler, disposeHandler: false) { BaseAddress = portal.ServerAddress });
        await enhancedMember.SignInAsync(user);
        enhancedMember.Http.DefaultRequestHeaders.Accept.ParseAdd(EnhancedNavigationAccept);

        // /health as a probe calls it: anonymous, on a client of its own.
        using var anonymous = new HttpClient { BaseAddress = portal.ServerAddress };
        var probe = new LoadRunner(anonymous);
        var signedIn = new LoadRunner(member.Http);
        var results = new List<RouteResult>();
        var otherCpu = new OtherCpuUse();
        var enhanced = new LoadRunner(enhancedMember.Http);
        (string Route, LoadRunner Runner)[] routes = [(Health, probe), (Overview, signedIn), (Outcome, signedIn), (Outcome, enhanced)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"(server warm-up: every route at {ServerWarmUp.Users} users for {ServerWarmUp.Each.TotalSeconds:F0} s, {ServerWarmUp.Rounds} times round; then per cell a {WarmUp.TotalSeconds:F0} s warm-up and {Duration.TotalSeconds:F0} s measured)"));
        var coldStart = await ServerWarmUp.RunAsync(routes);
        Console.WriteLine("Cold start (first warm-up round, not compared with the goals):");
        coldStart.ToList().ForEach(result => Console.WriteLine("  " + ShellBenchmark.Line(result)));
        Console.WriteLine("Steady state:");
        foreach (var concurrency in new[] { 16, 64 })
        {
            foreach (var (route, runner) in routes)
            {
                var measured = await runner.RunAsync(route, concurrency, WarmUp, Duration);
                var result = runner == enhanced ? measured with { Route = route + EnhancedSuffix } : measured;
                results.Add(result);
                Console.WriteLine(ShellBenchmark.Line(result));
            }
        }

        var otherCores = otherCpu.CoresSinceStart();
        if (otherCores > 0.2)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Note: other processes used {otherCores:F2} of the {Environment.ProcessorCount} cores while this ran; the figures above shared the machine with them."));
        }

        var seeded = new Dictionary<string, int>();
        foreach (var route in new[] { Overview, Outcome })
        {
            seeded[route] = await CountSqlCommandsAsync(portal, member, tenant.Id, route);
        }

        var doubled = await DataDoubler.DoubleOutcomeAsync(portal, tenant, "1");
        Console.WriteLine($"Doubled outcome 1: copied {doubled.Indicators} indicators and {doubled.Commitments} commitments ({doubled.Rows} rows with their children).");
        var page = (await member.GetPageAsync(Outcome)).Body?.TextContent ?? "";
        if (!page.Contains("(benchmark copy)", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("After doubling, the outcome page does not show the copied commitments.");
        }

        var sqlCommands = new List<SqlCommandResult>();
        foreach (var route in new[] { Overview, Outcome })
        {
            var after = await CountSqlCommandsAsync(portal, member, tenant.Id, route);
            var cached = await CountSqlCommandsAsync(portal, member, tenant.Id, route, coldCache: false);
            sqlCommands.Add(new SqlCommandResult(route, seeded[route], after, after > seeded[route], cached));
        }

        var goals = Goals(results, sqlCommands);
        var report = new
        {
            machine = BenchMachine.Describe(portal, otherCores),
            generatedAt = DateTimeOffset.UtcNow,
            warmUpSeconds = WarmUp.TotalSeconds,
            durationSeconds = Duration.TotalSeconds,
            coldStart,
            results,
            doubled,
            sqlCommands,
            goals,
        };

        Console.WriteLine();
        Console.WriteLine("SQL commands per request      seeded  doubled  grows  cached");
        foreach (var row in sqlCommands)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Route,-28} {row.Seeded,7}  {row.Doubled,7}  {(row.Grows ? "YES" : "no"),5}  {row.Cached,6}"));
        }

        if (sqlCommands.Any(r => r.Grows))
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine("!!! SQL COMMANDS PER PAGE GROW WITH THE DATA: " + string.Join(", ", sqlCommands.Where(r => r.Grows).Select(r => $"{r.Route} {r.Seeded} -> {r.Doubled}")) + " !!!");
            Console.Error.WriteLine("!!! The page issues queries per row (N+1); see src/KmIcs.Assurance.Reporting/Dashboards/*Query.cs. !!!");
        }

        Console.WriteLine();
        Console.WriteLine("Goals");
        Console.WriteLine($"  outcome p95 under 50 ms at 16 users:                  {Met(goals.OutcomeP95At16Under50Ms)}");
        Console.WriteLine($"  outcome p95 under 200 ms at 64 users:                 {Met(goals.OutcomeP95At64Under200Ms)}");
        Console.WriteLine($"  outcome page without errors:                          {Met(goals.OutcomeZeroErrors)}");
        Console.WriteLine($"  outcome throughput at least 25% of /health's (each c): {Met(goals.OutcomeThroughputAtLeast25PercentOfHealth)}");
        Console.WriteLine($"  SQL commands per page do not grow with the data:      {Met(goals.SqlCommandsDoNotGrow)}");

        foreach (var concurrency in new[] { 16, 64 })
        {
            var classic = results.Single(r => r.Route == Outcome && r.Concurrency == concurrency);
            var fetched = results.Single(r => r.Route == Outcome + EnhancedSuffix && r.Concurrency == concurrency);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  outcome p95 at {concurrency} users, enhanced navigation vs classic: {fetched.P95Ms:F1} ms vs {classic.P95Ms:F1} ms ({(fetched.P95Ms / classic.P95Ms - 1) * 100:+0;-0;0}%; goal: within +10%)"));
        }

        var path = Path.Combine(outDirectory, "dashboards.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, Json));
        Console.WriteLine("Wrote " + path);
    }

    /// <summary>
    /// One request of <paramref name="route"/>, marked so the portal counts the SQL commands it executes. With
    /// <paramref name="coldCache"/> the tenant's dashboard cache is dropped first (as any save to its data does), so the
    /// count is of the queries that build the page, not of a cache hit.
    /// </summary>
    private static async Task<int> CountSqlCommandsAsync(BenchPortalFactory portal, PortalClient member, Guid tenantId, string route, bool coldCache = true)
    {
        if (coldCache)
        {
            portal.Services.GetRequiredService<TenantDataVersions>().Changed(tenantId);
        }

        var token = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(route, UriKind.Relative));
        request.Headers.Add(SqlCommandCounter.Header, token);
        using var response = await member.Http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {route} answered {(int)response.StatusCode} while counting SQL commands.");
        }

        return await portal.SqlCommands.TakeAsync(token);
    }

    private static DashboardGoals Goals(List<RouteResult> results, List<SqlCommandResult> sqlCommands)
    {
        var outcome = results.Where(r => r.Route == Outcome).ToList();
        var health = results.Where(r => r.Route == Health).ToDictionary(r => r.Concurrency);
        return new DashboardGoals(
            outcome.Single(r => r.Concurrency == 16).P95Ms < 50,
            outcome.Single(r => r.Concurrency == 64).P95Ms < 200,
            outcome.All(r => r.Errors == 0),
            outcome.All(r => r.RequestsPerSecond >= 0.25 * health[r.Concurrency].RequestsPerSecond),
            !sqlCommands.Any(r => r.Grows));
    }

    private static string Met(bool met) => met ? "met" : "NOT MET";
}

/// <summary>Commands to build the page from the database (seeded, then with the data doubled) and to serve it from the cache.</summary>
public sealed record SqlCommandResult(string Route, int Seeded, int Doubled, bool Grows, int Cached);

/// <summary>The issue's goals for this machine; throughput is compared with /health at each concurrency.</summary>
public sealed record DashboardGoals(
    bool OutcomeP95At16Under50Ms,
    bool OutcomeP95At64Under200Ms,
    bool OutcomeZeroErrors,
    bool OutcomeThroughputAtLeast25PercentOfHealth,
    bool SqlCommandsDoNotGrow);
