namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>
/// Hands a requested pack to the background job engine. The pack row holds its status (and, once taken, its model), so
/// the job can run again after a restart; the command line has no scheduler and renders inline.
/// </summary>
public interface IPackScheduler
{
    Task EnqueueAsync(Guid tenantId, string tenantSlug, Guid packId, CancellationToken cancellationToken = default);
}
