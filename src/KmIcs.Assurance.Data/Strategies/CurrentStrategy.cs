using KmIcs.Assurance.Domain.Strategies;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Strategies;

/// <summary>
/// What "the current strategy" means, written once: the edition the tenant has marked <see cref="Strategy.IsCurrent"/>.
/// Dashboards, lists, downloads, rounds and the export all read it from here, so they cannot disagree about which
/// edition's outcomes they show. More than one edition marked current is a data error, not something to choose between.
/// </summary>
public static class CurrentStrategy
{
    /// <summary>The tenant's current strategy edition (none, or one when the data is sound).</summary>
    public static IQueryable<Strategy> CurrentStrategies(this AssuranceDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Set<Strategy>().Where(s => s.IsCurrent);
    }

    /// <summary>The outcomes of the current strategy edition.</summary>
    public static IQueryable<Outcome> CurrentOutcomes(this AssuranceDbContext db)
    {
        var current = db.CurrentStrategies();
        return db.Set<Outcome>().Where(o => current.Any(s => s.Id == o.StrategyId));
    }

    /// <summary>The id of the current strategy edition, or null when none is marked current.</summary>
    public static Task<Guid?> CurrentStrategyIdAsync(this AssuranceDbContext db, CancellationToken cancellationToken = default) =>
        db.CurrentStrategies().Select(s => (Guid?)s.Id).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The current strategy's outcomes for a filter's choices, in the order the document prints them.</summary>
    public static async Task<IReadOnlyList<(string Number, string Title)>> CurrentOutcomeChoicesAsync(this AssuranceDbContext db, CancellationToken cancellationToken = default) =>
        (await db.CurrentOutcomes().AsNoTracking()
            .OrderBy(o => o.DisplayOrder)
            .Select(o => new { o.Number, o.Title })
            .ToListAsync(cancellationToken))
        .Select(o => (o.Number, o.Title))
        .ToList();
}
