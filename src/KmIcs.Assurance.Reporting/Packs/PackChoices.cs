using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Strategies;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Domain.Strategies;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>What the "create a pack" form offers: the current strategy's outcomes, priorities and commitments, and meetings.</summary>
public sealed record PackChoices(
    IReadOnlyList<(string Number, string Heading)> Outcomes,
    IReadOnlyList<(Guid Id, string Heading)> Priorities,
    IReadOnlyList<(Guid Id, string OutcomeNumber, string Text)> Commitments,
    IReadOnlyList<(Guid Id, string Heading)> Meetings);

public sealed class PackChoicesQuery(AssuranceDbContext db)
{
    public async Task<PackChoices> RunAsync(CancellationToken cancellationToken = default)
    {
        var outcomes = await db.CurrentOutcomes().AsNoTracking().OrderBy(o => o.DisplayOrder)
            .Select(o => new { o.Id, o.Number, o.Title, o.Kind, o.DisplayOrder }).ToListAsync(cancellationToken);
        var outcomeIds = outcomes.Select(o => o.Id).ToList();
        var priorities = await db.Set<Priority>().AsNoTracking().Where(p => outcomeIds.Contains(p.OutcomeId))
            .Select(p => new { p.Id, p.OutcomeId, p.Title, p.DisplayOrder }).ToListAsync(cancellationToken);
        var priorityIds = priorities.Select(p => p.Id).ToList();
        var commitments = await db.Set<Commitment>().AsNoTracking().Where(c => priorityIds.Contains(c.PriorityId))
            .Select(c => new { c.Id, c.PriorityId, c.Text, c.DisplayOrder }).ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(db.Clock.GetUtcNow().UtcDateTime);
        var meetings = await db.Set<Meeting>().AsNoTracking().Where(m => m.Date >= today.AddDays(-31)).OrderBy(m => m.Date)
            .Select(m => new { m.Id, m.Title, m.Date, Committee = m.Committee!.Name }).ToListAsync(cancellationToken);

        var order = outcomes.ToDictionary(o => o.Id, o => (o.DisplayOrder, o.Number));
        var orderedPriorities = priorities.OrderBy(p => order[p.OutcomeId].DisplayOrder).ThenBy(p => p.DisplayOrder).ToList();
        var priorityOutcome = priorities.ToDictionary(p => p.Id, p => p.OutcomeId);
        var priorityOrder = orderedPriorities.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return new PackChoices(
            outcomes.Select(o => (o.Number, $"{(o.Kind == OutcomeKind.Enabler ? "Enabler" : "Outcome")} {o.Number}: {o.Title}")).ToList(),
            orderedPriorities.Select(p => (p.Id, $"{order[p.OutcomeId].Number}: {p.Title}")).ToList(),
            commitments.OrderBy(c => priorityOrder[c.PriorityId]).ThenBy(c => c.DisplayOrder)
                .Select(c => (c.Id, order[priorityOutcome[c.PriorityId]].Number, c.Text)).ToList(),
            meetings.Select(m => (m.Id, $"{m.Committee}: {m.Title}, {m.Date:d MMMM yyyy}")).ToList());
    }
}
