namespace KmIcs.Assurance.Benchmarks;

/// <summary>
/// The process's working set (what the operating system counts against a container's memory limit) sampled every
/// 50 ms on a thread of its own from <see cref="Start"/> to <see cref="StopAsync"/>. The baseline is taken after a full
/// collection, so garbage left by earlier work is not counted as growth; the peak is the highest sample. The process
/// hosts the whole portal, so anything else it does in the meantime counts too: run nothing else alongside.
/// </summary>
public sealed class MemoryProbe : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);
    private readonly CancellationTokenSource stop = new();
    private readonly long baseline;
    private readonly Task sampling;
    private long peak;

    private MemoryProbe()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        baseline = Environment.WorkingSet;
        peak = baseline;
        sampling = StartSampling(stop.Token);
    }

    public static MemoryProbe Start() => new();

    /// <summary>Stops sampling and reports the baseline and the peak's growth over it, in MB.</summary>
    public async Task<MemoryGrowth> StopAsync()
    {
        await stop.CancelAsync();
        await sampling;
        Sample();
        return new MemoryGrowth(Megabytes(baseline), Megabytes(peak - baseline));
    }

    public void Dispose() => stop.Dispose();

    private Task StartSampling(CancellationToken cancellationToken) =>
        // A thread of its own (LongRunning), not a pool timer: the import keeps the pool busy on two cores, and a
        // sampler queued behind it would miss the peaks it is there to see.
        Task.Factory.StartNew(
            () =>
            {
                while (!cancellationToken.WaitHandle.WaitOne(Interval))
                {
                    Sample();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

    // Written by the sampling thread only while it runs, and read or written by the caller only after it has ended.
    private void Sample() => peak = Math.Max(peak, Environment.WorkingSet);

    private static double Megabytes(long bytes) => Math.Round(bytes / (1024.0 * 1024.0), 1);
}

/// <summary>Working set before the work (after a full collection) and its highest growth over that during the work.</summary>
public sealed record MemoryGrowth(double BaselineMb, double PeakGrowthMb);
