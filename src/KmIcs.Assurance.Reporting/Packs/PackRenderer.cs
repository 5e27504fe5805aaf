using System.Diagnostics;
using System.Security.Cryptography;
using KmIcs.Assurance.Data;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Reporting.Packs.Document;
using KmIcs.Assurance.Reporting.Packs.Printing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>
/// The one step that makes a pack, run by the job engine (or inline by the command line): take the model once and store
/// it, print it, store the PDF and its hash. Every state is saved as it is reached, so a render cut off by a restart
/// starts again from the stored model, and the version check on the final save lets only one run complete a pack.
/// </summary>
public sealed partial class PackRenderer(AssuranceDbContext db, PackModelQuery models, PackPrinter printer, ILogger<PackRenderer> logger)
{
    /// <summary>Renders a queued, failed or interrupted pack; a ready pack is left alone. Returns the pack's status after.</summary>
    public async Task<PackStatus?> RenderAsync(Guid packId, CancellationToken cancellationToken = default)
    {
        var pack = await db.Set<AssurancePack>().SingleOrDefaultAsync(p => p.Id == packId, cancellationToken);
        if (pack is null || pack.Status == PackStatus.Ready)
        {
            return pack?.Status;
        }

        try
        {
            pack.Status = PackStatus.Rendering;
            pack.Attempts++;
            pack.Message = null;
            pack.Version++;
            await db.SaveChangesAsync(cancellationToken);
            var started = Stopwatch.GetTimestamp();
            var model = pack.ModelJson is { } json ? PackJson.Read(json) : await TakeModelAsync(pack, cancellationToken);
            var modelTaken = Stopwatch.GetElapsedTime(started);
            var printed = await printer.PrintAsync(
                new PrintRequest(
                    model.Title,
                    model.Marking,
                    (pageNumbers, token) => PackHtml.RenderAsync(model, new PackRenderOptions(pageNumbers), token),
                    PackContents.For(model).Select(e => new ContentsTarget(e.Id, e.Heading)).ToList()),
                cancellationToken);
            pack.Pdf = printed.Bytes;
            pack.Sha256 = Convert.ToHexStringLower(SHA256.HashData(printed.Bytes));
            pack.SizeBytes = printed.Bytes.LongLength;
            pack.Pages = printed.Pages;
            pack.Status = PackStatus.Ready;
            pack.CompletedAt = db.Clock.GetUtcNow();
            pack.Version++;
            await db.SaveChangesAsync(cancellationToken);
            var printing = Stopwatch.GetElapsedTime(started) - modelTaken;
            LogMade(logger, packId, printed.Pages, modelTaken.TotalMilliseconds, printing.TotalMilliseconds);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another run finished (or failed) this pack first: its result stands, and this one's is dropped.
            LogOvertaken(logger, packId);
            db.ChangeTracker.Clear();
            return await db.Set<AssurancePack>().Where(p => p.Id == packId).Select(p => (PackStatus?)p.Status).SingleOrDefaultAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, packId);
            pack.Status = PackStatus.Failed;
            pack.Message = "The pack could not be made: " + e.Message;
            pack.Version++;
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return pack.Status;
    }

    private async Task<PackModel> TakeModelAsync(AssurancePack pack, CancellationToken cancellationToken)
    {
        var meeting = pack.MeetingId is { } meetingId
            ? await db.Set<Meeting>().AsNoTracking().Where(m => m.Id == meetingId)
                .Select(m => new PackMeeting(m.Committee!.Name, m.Title, m.Date, m.PapersDeadline))
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        // The last pack of the same kind the committee could have read before this one; earlier versions of this very
        // pack (its series) are the same report made again, not the last report.
        var baseline = await db.Set<AssurancePack>().AsNoTracking()
            .Where(p => p.Kind == pack.Kind && p.Status == PackStatus.Ready && p.ModelJson != null && p.Series != pack.Series && p.AsAt <= pack.AsAt)
            .OrderByDescending(p => p.AsAt).ThenByDescending(p => p.RequestedAt)
            .Select(p => new { p.Id, p.ModelJson })
            .FirstOrDefaultAsync(cancellationToken);
        var request = new PackRequest(pack.Kind, PackScope.Parse(pack.Scope), pack.Title, pack.Marking, pack.AsAt, pack.DocumentVersion, meeting);
        var model = await models.TakeAsync(request, baseline is null ? null : new PackBaseline(baseline.Id, PackJson.Read(baseline.ModelJson!)), cancellationToken)
            ?? throw new InvalidOperationException("the partnership has no current strategy to report on.");
        pack.ModelJson = PackJson.Write(model);
        pack.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return model;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Assurance pack {PackId} made: {Pages} pages, model {ModelMs:F0} ms, printing {PrintMs:F0} ms")]
    private static partial void LogMade(ILogger logger, Guid packId, int pages, double modelMs, double printMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Assurance pack {PackId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid packId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Assurance pack {PackId} was completed by another run")]
    private static partial void LogOvertaken(ILogger logger, Guid packId);
}
