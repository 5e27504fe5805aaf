using KmIcs.Assurance.Domain.Indicators;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>The revisions of an indicator's values, for the indicator page's history and its "revised" marks.</summary>
public sealed class ValueHistoryQuery(AssuranceDbContext db)
{
    public async Task<IReadOnlyList<ValueHistory>> ForIndicatorAsync(Guid indicatorId, CancellationToken cancellationToken = default)
    {
        var values = await db.Set<IndicatorValue>().AsNoTracking()
            .Where(v => v.IndicatorId == indicatorId)
            .Select(v => new { v.Id, v.Period, v.Geography, v.Value, v.IsProvisional })
            .ToListAsync(cancellationToken);
        var ids = values.Select(v => v.Id).ToList();
        var revisions = (await db.Set<IndicatorValueRevision>().AsNoTracking()
                .Where(r => ids.Contains(r.IndicatorValueId))
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.IndicatorValueId);
        var importIds = revisions.SelectMany(g => g).Select(r => r.ValueImportId).OfType<Guid>().Distinct().ToList();
        var files = await db.Set<ValueImport>().AsNoTracking()
            .Where(i => importIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => new { i.FileName, i.Sha256 }, cancellationToken);
        return values
            .Select(v => new ValueHistory(
                v.Id,
                v.Period,
                v.Geography,
                v.Value,
                v.IsProvisional,
                revisions[v.Id].OrderBy(r => r.Number)
                    .Select(r => r.ValueImportId is { } id && files.TryGetValue(id, out var file)
                        ? new RevisionEntry(r, file.FileName, file.Sha256)
                        : new RevisionEntry(r, null, null))
                    .ToList()))
            .OrderBy(h => h.Area, StringComparer.Ordinal)
            .ThenByDescending(h => h.Period)
            .ToList();
    }
}
