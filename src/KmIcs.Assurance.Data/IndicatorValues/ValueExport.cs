using KmIcs.Assurance.Domain.Indicators;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>
/// Every current value of the tenant as rows of the import template (ref, period, area code, figures, provisional,
/// note, source), so a file exported and imported again changes nothing. Also the empty template's example rows.
/// </summary>
public sealed class ValueExport(AssuranceDbContext db)
{
    /// <summary>
    /// One example row per indicator (its ref, a period of the kind it takes, its headline area's code, the rest
    /// blank), so an analyst fills the template in rather than typing refs; blank values are refused on import, so a
    /// row left unfilled is reported, never stored.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyList<string?>>> TemplateRowsAsync(CancellationToken cancellationToken = default)
    {
        var areas = await AreaDirectory.LoadAsync(db, cancellationToken);
        var indicators = await db.Set<Indicator>().AsNoTracking().Include(i => i.Values).Include(i => i.Geographies).ToListAsync(cancellationToken);
        return indicators
            .OrderBy(i => i.IndicatorSet).ThenBy(i => i.Ref, Seeding.RefComparer.Instance)
            .Select(i => (IReadOnlyList<string?>)
            [
                i.Ref, ValueRules.Example(ValueRules.AllowedKinds(i)[0]),
                areas.Find(i.Geographies.OrderBy(g => g.DisplayOrder).Select(g => g.Name).FirstOrDefault())?.Code ?? "",
                "", "", "", "", "", "no", "", "",
            ])
            .ToList();
    }

    public async Task<IReadOnlyList<IReadOnlyList<string?>>> RowsAsync(CancellationToken cancellationToken = default)
    {
        var areas = await AreaDirectory.LoadAsync(db, cancellationToken);
        var indicators = await db.Set<Indicator>().AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Ref, cancellationToken);
        var values = await db.Set<IndicatorValue>().AsNoTracking().ToListAsync(cancellationToken);
        return values
            .Select(v => (Ref: indicators[v.IndicatorId], Value: v))
            .OrderBy(r => r.Ref, Seeding.RefComparer.Instance)
            .ThenBy(r => r.Value.Geography, StringComparer.Ordinal)
            .ThenBy(r => r.Value.Period)
            .Select(r => (IReadOnlyList<string?>)
            [
                r.Ref, r.Value.Period.ToString(), areas.Find(r.Value.Geography)?.Code ?? r.Value.Geography,
                ValueNumbers.Format(r.Value.Value), ValueNumbers.Format(r.Value.LowerCi), ValueNumbers.Format(r.Value.UpperCi),
                ValueNumbers.Format(r.Value.Numerator), ValueNumbers.Format(r.Value.Denominator),
                r.Value.IsProvisional ? "yes" : "no", r.Value.Note, r.Value.Source,
            ])
            .ToList();
    }
}
