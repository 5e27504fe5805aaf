using KmIcs.Assurance.Data;
using KmIcs.Assurance.Domain.Indicators;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Reporting.Indicators;

/// <summary>The one way indicators are read for judging: with everything the rules need, as split queries.</summary>
public static class IndicatorLoading
{
    public static IQueryable<Indicator> WithSeries(AssuranceDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Indicator>().AsNoTracking().AsSplitQuery()
            .Include(i => i.Geographies)
            .Include(i => i.Targets)
            .Include(i => i.Trajectory)
            .Include(i => i.Values);
    }
}
