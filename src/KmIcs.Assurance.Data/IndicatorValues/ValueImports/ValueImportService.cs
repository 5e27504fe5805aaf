using System.Security.Cryptography;
using System.Text.Json;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.IndicatorValues.Files;
using KmIcs.Assurance.Domain.Indicators;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.IndicatorValues.ValueImports;

/// <summary>
/// An analyst's file on its way in: upload (stored with its SHA-256), check (a preview of every change and problem),
/// then commit (all or nothing, in one transaction) or cancel (nothing written). Files over
/// <see cref="BackgroundRows"/> rows are checked and committed by the background job, which survives a restart because
/// the upload and the step due are in the database.
/// </summary>
public sealed class ValueImportService(AssuranceDbContext db, IValueImportScheduler? queue = null)
{
    /// <summary>Files with more records than this go to the background job when there is one.</summary>
    public const int BackgroundRows = 5000;

    public const string FileField = "file";

    /// <summary>Values are saved in batches of this many, clearing the change tracker between, so memory stays flat.</summary>
    private const int Batch = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ServiceResult<ValueImport>> UploadAsync(Stream content, string? fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length == 0)
        {
            return ServiceResult.Failure<ValueImport>(new FieldError(FileField, "Select a CSV or Excel file"));
        }

        var bytes = await ReadLimitedAsync(content, cancellationToken);
        if (bytes is null)
        {
            return ServiceResult.Failure<ValueImport>(new FieldError(FileField, $"The file must be smaller than {ValueFileReader.MaxBytes / (1024 * 1024)} MB"));
        }

        if (bytes.Length == 0)
        {
            return ServiceResult.Failure<ValueImport>(new FieldError(FileField, "The selected file is empty"));
        }

        var import = new ValueImport
        {
            FileName = name.Length > 200 ? name[..200] : name,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            SizeBytes = bytes.Length,
            Content = bytes,
            UploadedById = db.CurrentActor.UserId,
            UploadedBy = db.CurrentActor.Name ?? "unknown",
            UploadedAt = db.Clock.GetUtcNow(),
            Status = ValueImportStatus.Analysing,
        };
        db.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        if (queue is not null && EstimatedRows(bytes) > BackgroundRows)
        {
            await queue.EnqueueAsync(db.CurrentTenant.TenantId!.Value, db.CurrentTenant.Slug!, import.Id, cancellationToken);
        }
        else
        {
            await AnalyseAsync(import.Id, cancellationToken);
        }

        return ServiceResult.Success(import);
    }

    public Task<ValueImport?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<ValueImport>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);

    /// <summary>Only the import's status, for a page that watches a background import (it is asked every few seconds).</summary>
    public Task<ValueImportStatus?> StatusAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<ValueImport>().AsNoTracking().Where(i => i.Id == id).Select(i => (ValueImportStatus?)i.Status).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The tenant's imports, newest first, without their content.</summary>
    public async Task<IReadOnlyList<ValueImport>> ListAsync(int take = 50, CancellationToken cancellationToken = default) =>
        await db.Set<ValueImport>().AsNoTracking()
            .OrderByDescending(i => i.UploadedAt)
            .Take(take)
            .Select(i => new ValueImport
            {
                Id = i.Id,
                FileName = i.FileName,
                Sha256 = i.Sha256,
                SizeBytes = i.SizeBytes,
                UploadedBy = i.UploadedBy,
                UploadedAt = i.UploadedAt,
                Status = i.Status,
                Dialect = i.Dialect,
                Rows = i.Rows,
                NewValues = i.NewValues,
                RevisedValues = i.RevisedValues,
                UnchangedValues = i.UnchangedValues,
                SkippedRows = i.SkippedRows,
                ErrorRows = i.ErrorRows,
                ValidRowsOnly = i.ValidRowsOnly,
                CompletedAt = i.CompletedAt,
                Message = i.Message,
            })
            .ToListAsync(cancellationToken);

    public static ImportPreview? PreviewOf(ValueImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        return import.PreviewJson is null ? null : JsonSerializer.Deserialize<ImportPreview>(import.PreviewJson, Json);
    }

    /// <summary>Does the step the import is waiting for: check it, or apply it. The background job calls this.</summary>
    public async Task RunDueStepAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var status = await db.Set<ValueImport>().Where(i => i.Id == id).Select(i => (ValueImportStatus?)i.Status).SingleOrDefaultAsync(cancellationToken);
        if (status == ValueImportStatus.Analysing)
        {
            await AnalyseAsync(id, cancellationToken);
        }
        else if (status == ValueImportStatus.Committing)
        {
            await ApplyAsync(id, cancellationToken);
        }
    }

    /// <summary>Reads and checks the stored file, and keeps the preview on the import.</summary>
    public async Task AnalyseAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var import = await db.Set<ValueImport>().SingleAsync(i => i.Id == id, cancellationToken);
        var (file, plan) = await CheckAsync(import, cancellationToken);
        if (file is null || plan is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        Record(import, file, plan);
        import.Status = ValueImportStatus.Previewed;
        import.RowsProcessed = plan.Rows;
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The analyst commits a previewed import. A file with errors is refused unless they chose to import only its
    /// valid rows, which is recorded on the import. Small files are applied now; large ones by the background job.
    /// </summary>
    public async Task<ServiceResult<ValueImport>> CommitAsync(Guid id, bool validRowsOnly, int version, CancellationToken cancellationToken = default)
    {
        var import = await db.Set<ValueImport>().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (import is null)
        {
            return ServiceResult.Failure<ValueImport>(new FieldError(FieldError.WholeForm, "Import not found"));
        }

        if (import.Status != ValueImportStatus.Previewed || import.Version != version)
        {
            return ServiceResult.Failure<ValueImport>(new FieldError(FieldError.WholeForm, NotWaitingMessage(import.Status)));
        }

        if (import.ErrorRows > 0 && !validRowsOnly)
        {
            return ServiceResult.Failure<ValueImport>(new FieldError(
                "valid-rows-only", $"The file has {import.ErrorRows} rows with errors. Correct the file and upload it again, or choose to import only the valid rows"));
        }

        import.ValidRowsOnly = validRowsOnly && import.ErrorRows > 0;
        import.Status = ValueImportStatus.Committing;
        import.RowsProcessed = 0;
        import.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult.Failure<ValueImport>(new FieldError(FieldError.WholeForm, "This import has already been committed or cancelled"));
        }

        if (queue is not null && import.Rows > BackgroundRows)
        {
            await queue.EnqueueAsync(db.CurrentTenant.TenantId!.Value, db.CurrentTenant.Slug!, import.Id, cancellationToken);
        }
        else
        {
            await ApplyAsync(import.Id, cancellationToken);
        }

        return ServiceResult.Success((await FindAsync(id, cancellationToken))!);
    }

    /// <summary>Why an import cannot be committed now, from what happened to it since the preview was shown.</summary>
    private static string NotWaitingMessage(ValueImportStatus status) => status switch
    {
        ValueImportStatus.Cancelled => "This import was cancelled, so nothing was imported. Upload the file again to import it",
        ValueImportStatus.Committed or ValueImportStatus.Committing => "This import has already been committed",
        ValueImportStatus.Failed => "This import failed and nothing was imported. Upload the file again to retry",
        ValueImportStatus.Analysing => "The file is still being checked. Wait for the preview, then commit",
        _ => "The preview changed since you opened it. Check it again, then commit",
    };

    public async Task<ServiceResult<ValueImport>> CancelAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var import = await db.Set<ValueImport>().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (import is null || import.Status is not (ValueImportStatus.Previewed or ValueImportStatus.Analysing or ValueImportStatus.Failed))
        {
            return ServiceResult.Failure<ValueImport>(new FieldError(FieldError.WholeForm, "Only an import that has not been committed can be cancelled"));
        }

        import.Status = ValueImportStatus.Cancelled;
        import.Content = null;
        import.CompletedAt = db.Clock.GetUtcNow();
        import.Version++;
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Success(import);
    }

    /// <summary>
    /// Applies a committed import: checks the file again against the values as they are now, then writes every change
    /// in one transaction, in batches. Any failure rolls everything back and marks the import failed with the reason.
    /// </summary>
    public async Task ApplyAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var import = await db.Set<ValueImport>().SingleAsync(i => i.Id == id, cancellationToken);
        var (file, plan) = await CheckAsync(import, cancellationToken);
        if (file is null || plan is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        if (plan.Errors.Count > 0 && !import.ValidRowsOnly)
        {
            Record(import, file, plan);
            Fail(import, $"The values changed since the preview and the file now has {plan.ErrorRows} rows with errors. Nothing was imported");
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        try
        {
            await WriteAsync(import, file, plan, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var failed = await db.Set<ValueImport>().SingleAsync(i => i.Id == id, cancellationToken);
            if (failed.Status != ValueImportStatus.Committing)
            {
                // Another run of the same step finished first (two replicas resuming one import): its result stands.
                return;
            }

            Fail(failed, "Someone changed some of these values while the import was running. Nothing was imported: check the preview again and commit");
            failed.Status = ValueImportStatus.Previewed;
            failed.CompletedAt = null;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task WriteAsync(ValueImport import, ValueFile file, ImportPlan plan, CancellationToken cancellationToken)
    {
        var reason = $"Imported from {import.FileName}";
        var recordedBy = import.UploadedBy;
        var changes = plan.Values.Where(v => v.Change != ValueChange.Unchanged).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        for (var start = 0; start < changes.Count; start += Batch)
        {
            var recorder = new ValueRecorder(db);
            foreach (var planned in changes.Skip(start).Take(Batch))
            {
                var existing = planned.Existing;
                if (existing is not null)
                {
                    db.Attach(existing);
                }

                recorder.Record(planned.Indicator.Id, existing, planned.Revisions, planned.Figures, recordedBy, reason, import.Id, planned.SourcePeriodKey);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        var done = await db.Set<ValueImport>().SingleAsync(i => i.Id == import.Id, cancellationToken);
        Record(done, file, plan);
        done.Status = ValueImportStatus.Committed;
        done.Content = null;
        done.CompletedAt = db.Clock.GetUtcNow();
        done.RowsProcessed = plan.Rows;
        done.Version++;
        new AuditLog(db).Add(
            AuditActions.ValuesImported, nameof(ValueImport), done.Id.ToString(),
            $"Imported {done.FileName} (SHA-256 {done.Sha256}): {done.NewValues} new, {done.RevisedValues} revised, {done.UnchangedValues} unchanged, {done.SkippedRows} skipped"
            + (done.ValidRowsOnly ? $", {done.ErrorRows} rows with errors left out at the analyst's choice" : ""));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<(ValueFile?, ImportPlan?)> CheckAsync(ValueImport import, CancellationToken cancellationToken)
    {
        if (import.Content is null)
        {
            Fail(import, "The uploaded file is no longer stored. Upload it again");
            return (null, null);
        }

        using var stream = new MemoryStream(import.Content, writable: false);
        var read = ValueFileReader.Read(stream, import.FileName, cancellationToken);
        if (read.File is null)
        {
            Fail(import, read.Error ?? "The file could not be read");
            return (null, null);
        }

        var context = await ImportContext.LoadAsync(db, cancellationToken);
        return (read.File, ImportAnalyser.Analyse(read.File, context));
    }

    private static void Record(ValueImport import, ValueFile file, ImportPlan plan)
    {
        import.Dialect = file.Dialect;
        import.Rows = plan.Rows;
        import.NewValues = plan.Count(ValueChange.New);
        import.RevisedValues = plan.Count(ValueChange.Revised);
        import.UnchangedValues = plan.Count(ValueChange.Unchanged);
        import.SkippedRows = plan.SkippedRows;
        import.ErrorRows = plan.ErrorRows;
        import.PreviewJson = JsonSerializer.Serialize(plan.ToPreview(file.Dialect), Json);
    }

    private static void Fail(ValueImport import, string message)
    {
        import.Status = ValueImportStatus.Failed;
        import.Message = message;
        import.Version++;
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > ValueFileReader.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Line breaks counted in the raw bytes, cheap and close enough to decide where a file is checked; a workbook is
    /// compressed, so its rows are estimated from its size (about 20 bytes a row).
    /// </summary>
    private static int EstimatedRows(byte[] bytes) =>
        bytes is [(byte)'P', (byte)'K', ..] ? bytes.Length / 20 : bytes.Count(b => b == (byte)'\n');
}
