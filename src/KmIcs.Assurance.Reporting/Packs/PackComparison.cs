namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>
/// "Changed since the last pack", worked out from the two stored models rather than from the database, so it says what
/// the committee was shown then against what it is shown now, whatever has been corrected in between.
/// </summary>
public static class PackComparison
{
    public static PackChanges Compare(PackBaseline baseline, PackModel current)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var previous = baseline.Model;
        ArgumentNullException.ThrowIfNull(current);
        var before = previous.Indicators.GroupBy(i => i.Ref).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var ratings = current.Indicators
            .Where(i => before.TryGetValue(i.Ref, out var was) && was.Rag != i.Rag)
            .Select(i => new PackRatingChange(i.Ref, i.Statement, before[i.Ref].Rag, i.Rag))
            .ToList();
        var newValues = current.Indicators
            .SelectMany(i => i.Values
                .Where(v => !before.TryGetValue(i.Ref, out var was) || !was.Values.Any(w => w.Period == v.Period && string.Equals(w.Geography, v.Geography, StringComparison.OrdinalIgnoreCase)))
                .Select(v => new PackNewValue(i.Ref, v.Period, v.Geography, v.Value)))
            .ToList();
        var statusesBefore = previous.Commitments.GroupBy(c => c.Id).ToDictionary(g => g.Key, g => g.First().Status);
        var statuses = current.Commitments
            .Where(c => statusesBefore.TryGetValue(c.Id, out var was) ? was != c.Status : c.Status is not null)
            .Select(c => new PackStatusChange(c.Id, c.Text, statusesBefore.GetValueOrDefault(c.Id), c.Status))
            .ToList();
        var exceptionsBefore = previous.Exceptions.Select(Key).ToHashSet();
        var newExceptions = current.Exceptions.Where(e => !exceptionsBefore.Contains(Key(e))).ToList();
        return new PackChanges(
            new PackPrevious(baseline.PackId, previous.Title, previous.DocumentVersion, previous.AsAt),
            ratings,
            newValues,
            statuses,
            newExceptions);
    }

    /// <summary>An exception is the same one when it is the same kind of thing about the same subject and organisation.</summary>
    private static (PackExceptionKind, string, string, string?) Key(PackExceptionItem item) => (item.Kind, item.Section, item.Subject, item.Organisation);
}

/// <summary>The last pack of the same kind, which a new pack's changes are worked out against.</summary>
public sealed record PackBaseline(Guid PackId, PackModel Model);
