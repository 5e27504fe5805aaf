using System.Diagnostics;
using System.Net;

namespace KmIcs.Assurance.Benchmarks;

/// <summary>
/// A closed-loop load generator: <c>concurrency</c> virtual users each send a request, wait for the whole
/// response, and send the next, for a fixed time after a warm-up. Bounded in time, loopback only. Anything but a
/// 200 (a redirect to sign-in, a 404, a 500) or a failed request counts as an error; the client decides who is
/// signed in (share one client with the cookies of a signed-in user across the users).
/// </summary>
public sealed class LoadRunner(HttpClient client)
{
    public async Task<RouteResult> RunAsync(string route, int concurrency, TimeSpan warmUp, TimeSpan duration)
    {
        await DriveAsync(route, concurrency, warmUp, latencies: null);
        var latencies = new List<double>[concurrency];
        var errors = await DriveAsync(route, concurrency, duration, latencies);
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new RouteResult(
            route,
            concurrency,
            all.Length,
            errors,
            Math.Round(all.Length / duration.TotalSeconds, 1),
            Percentile(all, 0.50),
            Percentile(all, 0.95),
            Percentile(all, 0.99));
    }

    private async Task<int> DriveAsync(string route, int concurrency, TimeSpan duration, List<double>[]? latencies)
    {
        var errors = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var users = Enumerable.Range(0, concurrency).Select(async user =>
        {
            var mine = new List<double>();
            if (latencies is not null)
            {
                latencies[user] = mine;
            }

            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(new Uri(route, UriKind.Relative), HttpCompletionOption.ResponseContentRead);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    Interlocked.Increment(ref errors);
                }

                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
        await Task.WhenAll(users);
        return errors;
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)], 2);
}

public sealed record RouteResult(string Route, int Concurrency, int Requests, int Errors, double RequestsPerSecond, double P50Ms, double P95Ms, double P99Ms);
