namespace KmIcs.Assurance.Benchmarks;

/// <summary>
/// Brings the server to its steady state before anything is measured. .NET re-compiles a hot method with full
/// optimisation (tiered compilation, dynamic PGO) only after it has run many times, and on the portal that takes tens
/// of seconds of load: measured earlier, the outcome page ran at under half its steady throughput in its first 20 s.
/// Each route runs at 16 users for <see cref="Each"/>, <see cref="Rounds"/> times round; the first round's figures are
/// returned as the cold start, for the report, and never compared with the goals.
/// </summary>
public static class ServerWarmUp
{
    public const int Rounds = 3;
    public const int Users = 16;
    public static readonly TimeSpan Each = TimeSpan.FromSeconds(5);

    public static async Task<IReadOnlyList<RouteResult>> RunAsync(IReadOnlyList<(string Route, LoadRunner Runner)> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var coldStart = new List<RouteResult>();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var (route, runner) in routes)
            {
                var result = await runner.RunAsync(route, Users, TimeSpan.Zero, Each);
                if (round == 0)
                {
                    coldStart.Add(result);
                }
            }
        }

        return coldStart;
    }
}
