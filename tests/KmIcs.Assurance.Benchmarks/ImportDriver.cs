using System.Diagnostics;
using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.IndicatorValues.ValueImports;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Testing.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Benchmarks;

/// <summary>
/// Takes one file from upload to committed through <see cref="ValueImportService"/>, each step in a scope of its own
/// acting for the tenant as the analyst (as each of the analyst's requests would be), and times the steps.
/// </summary>
public sealed class ImportDriver(PortalFactory portal, TestTenant tenant, ActingUser analyst)
{
    /// <summary>How often the import is read while the background job works: about as often as anyone would look.</summary>
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);

    /// <summary>How long one background step may take before the run gives up on it and reports where it stood.</summary>
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Every step inline: the service made without a scheduler, exactly as the CLI makes it, so the upload checks the
    /// file before it returns and the commit applies it before it returns whatever the file's size. The checking and
    /// applying are the same <see cref="ValueImportService.AnalyseAsync"/> and <see cref="ValueImportService.ApplyAsync"/>
    /// the background job runs; only the thread differs, and nothing waits on a poll, so the times are the work's own.
    /// </summary>
    public Task<ImportRun> ForegroundAsync(TemplateFile file, string fileName) =>
        RunAsync(file, fileName, services => new ValueImportService(services.GetRequiredService<AssuranceDbContext>()));

    /// <summary>
    /// As an analyst's upload runs in the portal: the service from the container, with the Quartz scheduler, so a file
    /// over <see cref="ValueImportService.BackgroundRows"/> rows is checked, and then applied, by the background job
    /// while the import is read every <see cref="PollEvery"/> (the times are to the first read that saw the step done).
    /// </summary>
    public Task<ImportRun> BackgroundAsync(TemplateFile file, string fileName) =>
        RunAsync(file, fileName, services => services.GetRequiredService<ValueImportService>());

    /// <summary>The tenant's indicator values, counted in the database.</summary>
    public async Task<int> CountValuesAsync()
    {
        await using var db = portal.CreateContext(tenant);
        return await db.Set<IndicatorValue>().CountAsync();
    }

    private async Task<ImportRun> RunAsync(TemplateFile file, string fileName, Func<IServiceProvider, ValueImportService> imports)
    {
        var started = Stopwatch.GetTimestamp();
        var uploaded = await portal.ActAsync(tenant, analyst, async services =>
        {
            await using var content = new MemoryStream(file.Content, writable: false);
            return await imports(services).UploadAsync(content, fileName);
        });
        var uploadSeconds = Seconds(started);
        if (!uploaded.Succeeded)
        {
            return ImportRun.Refused("Upload refused: " + string.Join("; ", uploaded.Errors.Select(e => e.Message)));
        }

        var id = uploaded.Value!.Id;
        var wentToBackground = uploaded.Value.Status == ValueImportStatus.Analysing;

        // The preview page reads the import (FindAsync) to show it; the version it shows is the one a commit must name.
        var previewed = await WaitWhileAsync(id, ValueImportStatus.Analysing);
        var previewSeconds = Seconds(started);
        if (previewed.Status != ValueImportStatus.Previewed)
        {
            return new ImportRun(previewed, null, wentToBackground, uploadSeconds, previewSeconds, 0, 0, previewSeconds);
        }

        var committing = Stopwatch.GetTimestamp();
        var committed = await portal.ActAsync(tenant, analyst, services => imports(services).CommitAsync(id, validRowsOnly: false, previewed.Version));
        var commitRequestSeconds = Seconds(committing);
        if (!committed.Succeeded)
        {
            return new ImportRun(previewed, "Commit refused: " + string.Join("; ", committed.Errors.Select(e => e.Message)), wentToBackground, uploadSeconds, previewSeconds, commitRequestSeconds, 0, Seconds(started));
        }

        var done = await WaitWhileAsync(id, ValueImportStatus.Committing);
        return new ImportRun(done, null, wentToBackground, uploadSeconds, previewSeconds, commitRequestSeconds, Seconds(committing), Seconds(started));
    }

    /// <summary>The import as first read in another status than <paramref name="status"/>, or as it stands at the timeout.</summary>
    private async Task<ValueImport> WaitWhileAsync(Guid id, ValueImportStatus status)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var import = await portal.ActAsync(tenant, analyst, services => services.GetRequiredService<ValueImportService>().FindAsync(id))
                ?? throw new InvalidOperationException($"Import {id} is not there any more.");
            if (import.Status != status || Stopwatch.GetElapsedTime(started) > StepTimeout)
            {
                return import;
            }

            await Task.Delay(PollEvery);
        }
    }

    private static double Seconds(long since) => Math.Round(Stopwatch.GetElapsedTime(since).TotalSeconds, 2);
}

/// <summary>
/// Where one import ended and how long its steps took, each from the upload's start except the commit's, which start
/// when the analyst commits. Request times are until the service call returned; the others until the step was seen done.
/// </summary>
public sealed record ImportRun(
    ValueImport? Import,
    string? Refusal,
    bool WentToBackground,
    double UploadRequestSeconds,
    double PreviewSeconds,
    double CommitRequestSeconds,
    double CommitSeconds,
    double TotalSeconds)
{
    public static ImportRun Refused(string reason) => new(null, reason, false, 0, 0, 0, 0, 0);
}
