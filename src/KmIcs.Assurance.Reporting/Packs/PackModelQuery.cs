using KmIcs.Assurance.Data;

namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>Takes a pack's model: one read of the tenant's data as it stood at the end of the as-at day.</summary>
public sealed class PackModelQuery(AssuranceDbContext db)
{
    /// <summary>
    /// The model, with its changes worked out against <paramref name="previous"/> (the last pack of the same kind) when
    /// there is one; null when the tenant has no current strategy.
    /// </summary>
    public async Task<PackModel?> TakeAsync(PackRequest request, PackBaseline? previous, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var end = new DateTimeOffset(request.AsAt.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var logFrom = previous is null
            ? end - PackSnapshotReader.DefaultWindow
            : new DateTimeOffset(previous.Model.AsAt.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var snapshot = await new PackSnapshotReader(db).ReadAsync(request.AsAt, logFrom, cancellationToken);
        return snapshot is null ? null : PackModelBuilder.Build(snapshot, request, previous, logFrom);
    }
}
