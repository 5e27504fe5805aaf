using KmIcs.Assurance.Web.Tenancy;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace KmIcs.Assurance.Web.Components.Progress;

public sealed partial class JobProgress : IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();

    [Inject] private IServiceProvider Services { get; set; } = default!;

    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private ILogger<JobProgress> Logger { get; set; } = default!;

    /// <summary>How often the circuit asks; a status read is one indexed row.</summary>
    public static TimeSpan Interval { get; } = TimeSpan.FromSeconds(2);

    [Parameter, EditorRequired] public string Tenant { get; set; } = "";

    [Parameter, EditorRequired] public JobKind Kind { get; set; }

    [Parameter, EditorRequired] public Guid Id { get; set; }

    /// <summary>What to expect, after the status, e.g. "This usually takes a few seconds."</summary>
    [Parameter] public string? Detail { get; set; }

    /// <summary>What to do without live updates (no JavaScript), shown above the "Check progress" link.</summary>
    [Parameter, EditorRequired] public string Fallback { get; set; } = "";

    [Parameter, EditorRequired] public string CheckHref { get; set; } = "";

    /// <summary>Read while prerendering and carried into the circuit, so the island does not flash empty.</summary>
    [PersistentState] public JobProgressState? State { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (!RendererInfo.IsInteractive)
        {
            // Prerendering inside the page's request: the tenant route has already set the tenant for this scope.
            State = await Services.GetRequiredService<JobProgressReader>().ReadAsync(Kind, Id);
            return;
        }

        State ??= await ReadAsync(stopping.Token);
        if (State is { Finished: false })
        {
            _ = WatchAsync(stopping.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        stopping.Dispose();
    }

    private async Task WatchAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timer = new PeriodicTimer(Interval);
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var next = await ReadAsync(cancellationToken);
                if (next is null || next.Finished)
                {
                    // The page itself shows the finished work (download, preview, errors): fetch it again, enhanced.
                    await InvokeAsync(() => Navigation.Refresh());
                    return;
                }

                if (next != State)
                {
                    State = next;
                    await InvokeAsync(StateHasChanged);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The person left the page.
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Live updates stop; the "Check progress" way still works after a reload.
            LogWatchStopped(Logger, ex, Kind, Id);
        }
    }

    private async Task<JobProgressState?> ReadAsync(CancellationToken cancellationToken)
    {
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        await using var scope = await CircuitTenantScope.EnterAsync(Scopes, user, Tenant, cancellationToken);
        return scope is { } entered
            ? await entered.ServiceProvider.GetRequiredService<JobProgressReader>().ReadAsync(Kind, Id, cancellationToken)
            : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watching {Kind} {Id} stopped")]
    private static partial void LogWatchStopped(ILogger logger, Exception exception, JobKind kind, Guid id);
}
