using KmIcs.Assurance.Domain.Areas;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>The areas the portal knows, found by ONS code or by name in any letter case ("E10000016", "KENT", "Kent").</summary>
public sealed class AreaDirectory
{
    private readonly Dictionary<string, Area> byKey = new(StringComparer.OrdinalIgnoreCase);

    public AreaDirectory(IEnumerable<Area> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        All = areas.OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
        foreach (var area in All)
        {
            byKey[area.Code] = area;
            byKey.TryAdd(area.Name, area);
        }
    }

    /// <summary>Every area, England first, then regions, the ICB, counties and unitaries, districts; by name within each.</summary>
    public IReadOnlyList<Area> All { get; }

    public Area? Find(string? codeOrName) =>
        string.IsNullOrWhiteSpace(codeOrName) ? null : byKey.GetValueOrDefault(codeOrName.Trim());

    public static async Task<AreaDirectory> LoadAsync(AssuranceDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return new AreaDirectory(await db.Set<Area>().AsNoTracking().ToListAsync(cancellationToken));
    }
}
