using System.Diagnostics.CodeAnalysis;

namespace KmIcs.Assurance.Domain.Packs;

/// <summary>
/// What a pack covers: the whole strategy (an annual pack), one outcome or enabler by number, one priority, or a chosen
/// set of indicators (by reference) and commitments (by id). Stored as canonical text: <c>strategy</c>,
/// <c>outcome:3</c>, <c>priority:{id}</c>, <c>selection:indicators=1.1,3.4;commitments={id},{id}</c>.
/// </summary>
public sealed record PackScope
{
    private const string StrategyText = "strategy";
    private const string OutcomePrefix = "outcome:";
    private const string PriorityPrefix = "priority:";
    private const string SelectionPrefix = "selection:";
    private const string IndicatorsKey = "indicators=";
    private const string CommitmentsKey = "commitments=";

    private PackScope(string? outcome, Guid? priority, IReadOnlyList<string> indicators, IReadOnlyList<Guid> commitments, bool selection)
    {
        OutcomeNumber = outcome;
        PriorityId = priority;
        IndicatorRefs = indicators;
        CommitmentIds = commitments;
        IsSelection = selection;
    }

    public static PackScope Strategy { get; } = new(null, null, [], [], false);

    public string? OutcomeNumber { get; }

    public Guid? PriorityId { get; }

    public bool IsSelection { get; }

    public IReadOnlyList<string> IndicatorRefs { get; }

    public IReadOnlyList<Guid> CommitmentIds { get; }

    public bool IsStrategy => OutcomeNumber is null && PriorityId is null && !IsSelection;

    public static PackScope Outcome(string number)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        return new(number.Trim(), null, [], [], false);
    }

    public static PackScope Priority(Guid id) => new(null, id, [], [], false);

    public static PackScope Selection(IEnumerable<string> indicatorRefs, IEnumerable<Guid> commitmentIds)
    {
        ArgumentNullException.ThrowIfNull(indicatorRefs);
        ArgumentNullException.ThrowIfNull(commitmentIds);
        var refs = indicatorRefs.Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ids = commitmentIds.Distinct().Order().ToList();
        return new(null, null, refs, ids, true);
    }

    public override string ToString() => this switch
    {
        { OutcomeNumber: { } number } => OutcomePrefix + number,
        { PriorityId: { } id } => PriorityPrefix + id.ToString("D"),
        { IsSelection: true } => SelectionPrefix + IndicatorsKey + string.Join(',', IndicatorRefs) + ";" + CommitmentsKey + string.Join(',', CommitmentIds.Select(i => i.ToString("D"))),
        _ => StrategyText,
    };

    public static PackScope Parse(string text) =>
        TryParse(text, out var scope) ? scope : throw new FormatException($"'{text}' is not a pack scope.");

    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out PackScope? scope)
    {
        scope = null;
        if (text is null)
        {
            return false;
        }

        if (text == StrategyText)
        {
            scope = Strategy;
        }
        else if (text.StartsWith(OutcomePrefix, StringComparison.Ordinal) && text.Length > OutcomePrefix.Length)
        {
            scope = Outcome(text[OutcomePrefix.Length..]);
        }
        else if (text.StartsWith(PriorityPrefix, StringComparison.Ordinal) && Guid.TryParse(text[PriorityPrefix.Length..], out var priority))
        {
            scope = Priority(priority);
        }
        else if (text.StartsWith(SelectionPrefix, StringComparison.Ordinal))
        {
            var parts = text[SelectionPrefix.Length..].Split(';');
            if (parts.Length != 2 || !parts[0].StartsWith(IndicatorsKey, StringComparison.Ordinal) || !parts[1].StartsWith(CommitmentsKey, StringComparison.Ordinal))
            {
                return false;
            }

            var refs = parts[0][IndicatorsKey.Length..].Split(',', StringSplitOptions.RemoveEmptyEntries);
            var ids = new List<Guid>();
            foreach (var id in parts[1][CommitmentsKey.Length..].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Guid.TryParse(id, out var parsed))
                {
                    return false;
                }

                ids.Add(parsed);
            }

            scope = Selection(refs, ids);
        }

        return scope is not null;
    }

    public bool Equals(PackScope? other) => other is not null && ToString() == other.ToString();

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
