using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Strategies;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Benchmarks;

/// <summary>
/// Doubles one outcome's data in place: a copy of every indicator of the outcome (with its areas, targets, trajectory
/// and values) under a new reference, and a copy of every commitment under its priorities (with its lead bodies, plans
/// and the plans' lead bodies). Written straight through the context, acting for the tenant, so the pages then read
/// twice the rows.
/// </summary>
public static class DataDoubler
{
    public static async Task<DoubledData> DoubleOutcomeAsync(PortalFactory portal, TestTenant tenant, string outcomeNumber)
    {
        ArgumentNullException.ThrowIfNull(portal);
        await using var db = portal.CreateContext(tenant);
        var outcome = await db.CurrentOutcomes().AsNoTracking().SingleAsync(o => o.Number == outcomeNumber);

        var indicators = await db.Set<Indicator>().AsNoTracking().AsSplitQuery()
            .Include(i => i.Geographies)
            .Include(i => i.Targets)
            .Include(i => i.Trajectory)
            .Include(i => i.Values)
            .Where(i => i.OutcomeId == outcome.Id)
            .ToListAsync();
        var rows = 0;
        foreach (var original in indicators)
        {
            var copy = Copy(db, original);
            copy.Ref = original.Ref + "-2";
            copy.Geographies.AddRange(original.Geographies.Select(g => Copy(db, g, (nameof(IndicatorGeography.IndicatorId), copy.Id))));
            copy.Targets.AddRange(original.Targets.Select(t => Copy(db, t, (nameof(IndicatorTarget.IndicatorId), copy.Id))));
            copy.Trajectory.AddRange(original.Trajectory.Select(t => Copy(db, t, (nameof(IndicatorTrajectoryPoint.IndicatorId), copy.Id))));
            copy.Values.AddRange(original.Values.Select(v => Copy(db, v, (nameof(IndicatorValue.IndicatorId), copy.Id))));
            db.Add(copy);
            rows += 1 + copy.Geographies.Count + copy.Targets.Count + copy.Trajectory.Count + copy.Values.Count;
        }

        var commitments = await db.Set<Commitment>().AsNoTracking().AsSplitQuery()
            .Include(c => c.LeadBodies)
            .Include(c => c.Plans).ThenInclude(p => p.LeadBodies)
            .Where(c => db.Set<Priority>().Any(p => p.Id == c.PriorityId && p.OutcomeId == outcome.Id))
            .ToListAsync();
        foreach (var original in commitments)
        {
            var copy = Copy(db, original);
            copy.Text = original.Text + " (benchmark copy)";
            copy.DisplayOrder = original.DisplayOrder + 1000;
            copy.LeadBodies.AddRange(original.LeadBodies.Select(l => Copy(db, l, (nameof(CommitmentLeadBody.CommitmentId), copy.Id))));
            foreach (var plan in original.Plans)
            {
                var planCopy = Copy(db, plan, (nameof(CommitmentPlan.CommitmentId), copy.Id));
                planCopy.LeadBodies.AddRange(plan.LeadBodies.Select(l => Copy(db, l, (nameof(CommitmentPlanLeadBody.CommitmentPlanId), planCopy.Id))));
                copy.Plans.Add(planCopy);
                rows += 1 + planCopy.LeadBodies.Count;
            }

            db.Add(copy);
            rows += 1 + copy.LeadBodies.Count;
        }

        await db.SaveChangesAsync();
        return new DoubledData(indicators.Count, commitments.Count, rows);
    }

    /// <summary>
    /// A new, untracked entity with every mapped value of <paramref name="original"/> (navigations left empty), a new
    /// id where the entity has one, and the foreign keys given pointed at the copies.
    /// </summary>
    private static T Copy<T>(AssuranceDbContext db, T original, params (string Property, Guid Value)[] keys)
        where T : class
    {
        var copy = (T)db.Entry(original).CurrentValues.ToObject();
        var entry = db.Entry(copy);
        if (entry.Metadata.FindProperty("Id") is not null)
        {
            entry.Property("Id").CurrentValue = Guid.CreateVersion7();
        }

        foreach (var (property, value) in keys)
        {
            entry.Property(property).CurrentValue = value;
        }

        return copy;
    }
}

/// <summary>What <see cref="DataDoubler"/> copied: indicators, commitments and all rows written (children included).</summary>
public sealed record DoubledData(int Indicators, int Commitments, int Rows);
