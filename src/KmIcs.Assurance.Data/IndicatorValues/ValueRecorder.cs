using KmIcs.Assurance.Domain.Indicators;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>
/// Writes a checked value the one way entry and import share: a new figure is added with revision 1; a different figure
/// updates the current row and adds a revision; the same figure changes nothing. Nothing is ever overwritten without a
/// revision, so the history of every figure can be read back. The caller saves.
/// </summary>
public sealed class ValueRecorder(AssuranceDbContext db)
{
    /// <summary>Who recorded values written before revisions were kept: only the strategy seed wrote values then.</summary>
    public const string SeedRecorder = "strategy seed";

    /// <summary>
    /// Records <paramref name="figures"/> over <paramref name="existing"/> (the tracked current value for the period and
    /// area, or null), which has <paramref name="revisionsSoFar"/> revisions: 0 for a value seeded before revisions.
    /// </summary>
    public ValueChange Record(
        Guid indicatorId, IndicatorValue? existing, int revisionsSoFar, ValueFigures figures, string recordedBy,
        string? reason, Guid? importId = null, string? sourcePeriodKey = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(recordedBy);
        var now = db.Clock.GetUtcNow();
        if (existing is null)
        {
            var value = new IndicatorValue { IndicatorId = indicatorId, Period = figures.Period, Geography = figures.Area };
            Apply(value, figures, sourcePeriodKey);
            db.Add(value);
            db.Add(Revision(value, 1, now, recordedBy, reason, importId));
            return ValueChange.New;
        }

        if (figures.SameAs(existing))
        {
            return ValueChange.Unchanged;
        }

        if (revisionsSoFar == 0)
        {
            db.Add(Revision(existing, 1, now, SeedRecorder, null, null));
            revisionsSoFar = 1;
        }

        Apply(existing, figures, sourcePeriodKey);
        existing.Version++;
        db.Add(Revision(existing, revisionsSoFar + 1, now, recordedBy, reason, importId));
        return ValueChange.Revised;
    }

    private static void Apply(IndicatorValue value, ValueFigures figures, string? sourcePeriodKey)
    {
        value.Value = figures.Value;
        value.LowerCi = figures.LowerCi;
        value.UpperCi = figures.UpperCi;
        value.Numerator = figures.Count;
        value.Denominator = figures.Denominator;
        value.IsProvisional = figures.IsProvisional;
        value.Note = figures.Note;
        value.Source = figures.Source;
        value.SourcePeriodKey = sourcePeriodKey ?? value.SourcePeriodKey;
    }

    private static IndicatorValueRevision Revision(
        IndicatorValue value, int number, DateTimeOffset at, string recordedBy, string? reason, Guid? importId) => new()
        {
            IndicatorValueId = value.Id,
            Number = number,
            Value = value.Value,
            LowerCi = value.LowerCi,
            UpperCi = value.UpperCi,
            Numerator = value.Numerator,
            Denominator = value.Denominator,
            IsProvisional = value.IsProvisional,
            Note = value.Note,
            Source = value.Source,
            RecordedAt = at,
            RecordedBy = recordedBy,
            Reason = reason,
            ValueImportId = importId,
        };
}
