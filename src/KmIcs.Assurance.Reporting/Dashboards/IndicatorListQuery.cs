using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Seeding;
using KmIcs.Assurance.Data.Strategies;
using KmIcs.Assurance.Domain.Searching;
using KmIcs.Assurance.Reporting.Indicators;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>
/// Indicators matching a filter, with their headline judgements. Outcome, set and text filter in SQL; the RAG filter
/// applies after judging, because the rating is computed from values and targets rather than stored.
/// </summary>
public sealed class IndicatorListQuery(AssuranceDbContext db, TimeProvider clock)
{
    /// <summary>The outcomes the list can be filtered by: the current strategy's, in document order.</summary>
    public Task<IReadOnlyList<(string Number, string Title)>> OutcomesAsync(CancellationToken cancellationToken = default) =>
        db.CurrentOutcomeChoicesAsync(cancellationToken);

    public async Task<IReadOnlyList<AssessedIndicatorRow>> RunAsync(IndicatorFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var outcomes = await db.CurrentOutcomes().AsNoTracking()
            .Select(o => new { o.Id, o.Number, o.Title })
            .ToListAsync(cancellationToken);
        var query = IndicatorLoading.WithSeries(db);
        if (!string.IsNullOrEmpty(filter.Outcome))
        {
            var outcomeId = outcomes.FirstOrDefault(o => o.Number == filter.Outcome)?.Id ?? Guid.Empty;
            query = query.Where(i => i.OutcomeId == outcomeId);
        }

        if (filter.Set is { } set)
        {
            query = query.Where(i => i.IndicatorSet == set);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim().ToLowerInvariant();
            // Translated to SQL lower() on both engines, so culture rules do not apply and PostgreSQL matches case-insensitively like SQLite.
#pragma warning disable CA1304, CA1311, CA1862
            // An indicator's reference ("1.1") finds that indicator; any other text matches the statement word by word.
            if (await query.AnyAsync(i => i.Ref.ToLower() == text, cancellationToken))
            {
                query = query.Where(i => i.Ref.ToLower() == text);
            }
            else
            {
                foreach (var stem in SearchTerms.Stems(text))
                {
                    query = query.Where(i => i.Statement.ToLower().Contains(stem));
                }
            }
#pragma warning restore CA1304, CA1311, CA1862
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var byId = outcomes.ToDictionary(o => o.Id);
        return (await query.ToListAsync(cancellationToken))
            .Select(i => new AssessedIndicatorRow(
                new AssessedIndicator(i, IndicatorAssessor.Assess(i, today)),
                i.OutcomeId is { } id && byId.TryGetValue(id, out var o) ? o.Number : null,
                i.OutcomeId is { } id2 && byId.TryGetValue(id2, out var o2) ? o2.Title : null))
            .Where(r => filter.Rag is null || r.Item.Assessment.Rag == filter.Rag)
            .OrderBy(r => r.Item.Indicator.IndicatorSet)
            .ThenBy(r => r.Item.Indicator.Ref, RefComparer.Instance)
            .ToList();
    }
}

/// <summary>An indicator in a list, with the outcome it evidences (none for goal and purpose indicators).</summary>
public sealed record AssessedIndicatorRow(AssessedIndicator Item, string? OutcomeNumber, string? OutcomeTitle);
