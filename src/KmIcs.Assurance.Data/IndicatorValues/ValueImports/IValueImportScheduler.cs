namespace KmIcs.Assurance.Data.IndicatorValues.ValueImports;

/// <summary>
/// Hands a large import's next step (checking, then applying) to the background job engine. The import row says which
/// step is due, so the job can run again after a restart; without a queue (the CLI) every step runs inline.
/// </summary>
public interface IValueImportScheduler
{
    Task EnqueueAsync(Guid tenantId, string tenantSlug, Guid importId, CancellationToken cancellationToken = default);
}
