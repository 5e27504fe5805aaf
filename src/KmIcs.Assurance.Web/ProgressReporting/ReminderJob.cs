namespace KmIcs.Assurance.Web.ProgressReporting;

/// <summary>Runs <see cref="ReminderRun"/> at start and then every <see cref="ReminderOptions.Interval"/>; a failed pass is logged and retried next time.</summary>
public sealed partial class ReminderJob(ReminderRun run, ReminderOptions options, TimeProvider clock, ILogger<ReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Interval, clock);
        do
        {
            try
            {
                await run.RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, options.Interval);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The reminder job failed; it will try again in {Interval}")]
    private static partial void LogFailed(ILogger logger, Exception exception, TimeSpan interval);
}
