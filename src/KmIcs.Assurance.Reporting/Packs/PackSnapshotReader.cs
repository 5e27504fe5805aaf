using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.IndicatorValues;
using KmIcs.Assurance.Data.Strategies;
using KmIcs.Assurance.Domain.Conflicts;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Domain.Tenancy;
using KmIcs.Assurance.Reporting.Indicators;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>
/// Reads everything a pack needs in one snapshot transaction (repeatable read on PostgreSQL, snapshot on SQL Server;
/// SQLite serialises: <see cref="ConsistentReads"/>), so a value saved while the pack is being read is either wholly
/// in it or wholly out of it.
/// </summary>
internal sealed class PackSnapshotReader(AssuranceDbContext db)
{
    /// <summary>How far back the assurance log and a deep dive's updates reach when there is no earlier pack.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(366);

    public async Task<PackSnapshot?> ReadAsync(DateOnly asAt, DateTimeOffset logFrom, CancellationToken cancellationToken)
    {
        var end = new DateTimeOffset(asAt.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await using var transaction = await db.Database.BeginTransactionAsync(db.Database.SnapshotIsolation(), cancellationToken);
        var tenantId = db.CurrentTenant.TenantId ?? throw new InvalidOperationException("A pack is read for a tenant.");
        var partnership = await db.Set<Tenant>().AsNoTracking().Where(t => t.Id == tenantId).Select(t => t.Name).SingleAsync(cancellationToken);
        var strategy = await db.CurrentStrategies().AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (strategy is null)
        {
            return null;
        }

        var outcomes = await db.Set<Outcome>().AsNoTracking().AsSplitQuery()
            .Where(o => o.StrategyId == strategy.Id)
            .Include(o => o.Statements)
            .Include(o => o.Priorities).ThenInclude(p => p.Commitments).ThenInclude(c => c.LeadBodies)
            .Include(o => o.Priorities).ThenInclude(p => p.Commitments).ThenInclude(c => c.Plans).ThenInclude(p => p.Plan)
            .Include(o => o.DeliveryExamples).ThenInclude(d => d.Milestones)
            .Include(o => o.DeliveryExamples).ThenInclude(d => d.LeadBodies)
            .ToListAsync(cancellationToken);
        var indicators = await IndicatorLoading.WithSeries(db).ToListAsync(cancellationToken);
        var organisations = await db.Set<Organisation>().AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var decisions = (await db.Set<CommitmentStatusDecision>().AsNoTracking()
                .Where(d => d.DecidedAt < end)
                .ToListAsync(cancellationToken))
            .GroupBy(d => d.CommitmentId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CommitmentStatusDecision>)g.OrderByDescending(d => d.Sequence).ToList());
        var updates = await db.Set<CommitmentUpdate>().AsNoTracking()
            .Include(u => u.ReportingRound)
            .Where(u => u.SubmittedAt != null && u.SubmittedAt < end)
            .ToListAsync(cancellationToken);
        var round = await db.Set<ReportingRound>().AsNoTracking()
            .Where(r => r.Opens <= asAt)
            .OrderByDescending(r => r.Opens).ThenByDescending(r => r.Closes)
            .FirstOrDefaultAsync(cancellationToken);
        var revisions = await db.Set<IndicatorValueRevision>().AsNoTracking().ToListAsync(cancellationToken);
        var conflicts = await db.Set<SeedConflict>().AsNoTracking()
            .Include(c => c.Values)
            .Where(c => !c.Resolved)
            .ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        AsTheyStood(indicators, revisions, end);
        return new PackSnapshot(
            partnership,
            strategy,
            outcomes,
            indicators,
            organisations,
            decisions,
            AsTheyStood(updates, end),
            round,
            revisions.Where(r => r.RecordedAt >= logFrom && r.RecordedAt < end).ToList(),
            conflicts,
            db.Clock.GetUtcNow());
    }

    /// <summary>
    /// Puts each value back to its last revision recorded by the as-at time and drops values first recorded after it,
    /// so a pack made today "as at" last March shows what the portal held then. A seeded value has no revision until it
    /// is first corrected, when its seed figures become revision 1 (recorded then, but true since the seed).
    /// </summary>
    private static void AsTheyStood(List<Indicator> indicators, List<IndicatorValueRevision> revisions, DateTimeOffset end)
    {
        var byValue = revisions.ToLookup(r => r.IndicatorValueId);
        foreach (var indicator in indicators)
        {
            indicator.Values.RemoveAll(v => StateAt(byValue[v.Id], end) is null && byValue[v.Id].Any());
            foreach (var value in indicator.Values)
            {
                if (StateAt(byValue[value.Id], end) is { } revision)
                {
                    value.Value = revision.Value;
                    value.LowerCi = revision.LowerCi;
                    value.UpperCi = revision.UpperCi;
                    value.Numerator = revision.Numerator;
                    value.Denominator = revision.Denominator;
                    value.IsProvisional = revision.IsProvisional;
                    value.Note = revision.Note;
                    value.Source = revision.Source;
                }
            }
        }
    }

    /// <summary>An update reviewed after the as-at time was still waiting for review then.</summary>
    private static List<CommitmentUpdate> AsTheyStood(List<CommitmentUpdate> updates, DateTimeOffset end)
    {
        foreach (var update in updates.Where(u => u.ReviewedAt >= end))
        {
            update.State = UpdateState.Submitted;
            update.ReviewedAt = null;
            update.ReviewedByName = null;
            update.ReviewComment = null;
        }

        return updates;
    }

    private static IndicatorValueRevision? StateAt(IEnumerable<IndicatorValueRevision> history, DateTimeOffset end)
    {
        var ordered = history.OrderBy(r => r.Number).ToList();
        var before = ordered.LastOrDefault(r => r.RecordedAt < end);
        return before ?? (ordered.Count > 0 && ordered[0].RecordedBy == ValueRecorder.SeedRecorder ? ordered[0] : null);
    }
}
