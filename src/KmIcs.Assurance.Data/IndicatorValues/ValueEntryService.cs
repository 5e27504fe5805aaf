using KmIcs.Assurance.Data.Configurations;
using KmIcs.Assurance.Domain.Indicators;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>
/// An analyst enters or corrects one value. The checks are <see cref="ValueRules"/>, shared with the import; a correction
/// of a final figure needs a reason; a form made from an older version of the value is refused.
/// </summary>
public sealed class ValueEntryService(AssuranceDbContext db)
{
    public const string StaleMessage = "Someone else changed this value while you were editing it. Its current figures are shown: check them and try again";

    public async Task<ValueEntryChoices> ChoicesAsync(CancellationToken cancellationToken = default)
    {
        var indicators = await db.Set<Indicator>().AsNoTracking().Include(i => i.Values).ToListAsync(cancellationToken);
        var areas = await AreaDirectory.LoadAsync(db, cancellationToken);
        return new ValueEntryChoices(
            indicators.OrderBy(i => i.IndicatorSet).ThenBy(i => i.Ref, Seeding.RefComparer.Instance)
                .Select(i => new IndicatorChoice(i.Id, i.Ref, i.IndicatorSet, i.Statement, i.Unit, i.UnitLabel, ValueRules.AllowedKinds(i)))
                .ToList(),
            areas.All);
    }

    /// <summary>The current value for an indicator, period and area, for the correction form; null when there is none.</summary>
    public async Task<IndicatorValue?> FindAsync(Guid indicatorId, string? period, string? area, CancellationToken cancellationToken = default)
    {
        if (!Domain.Periods.ReportingPeriod.TryParse(period, out var parsed) || string.IsNullOrWhiteSpace(area))
        {
            return null;
        }

        var name = (await AreaDirectory.LoadAsync(db, cancellationToken)).Find(area)?.Name ?? area.Trim();
        return await db.Set<IndicatorValue>().AsNoTracking()
            .SingleOrDefaultAsync(v => v.IndicatorId == indicatorId && v.Period == parsed && v.Geography == name, cancellationToken);
    }

    public async Task<ServiceResult<ValueChange>> RecordAsync(ValueEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var indicator = await db.Set<Indicator>().AsNoTracking().Include(i => i.Values)
            .SingleOrDefaultAsync(i => i.Id == entry.IndicatorId, cancellationToken);
        if (indicator is null)
        {
            return ServiceResult.Failure<ValueChange>(new FieldError(ValueFields.Indicator, "Select the indicator"));
        }

        var areas = await AreaDirectory.LoadAsync(db, cancellationToken);
        var (figures, errors) = ValueRules.Check(indicator, ValueRules.AllowedKinds(indicator), entry.Candidate, areas);
        if (figures is null)
        {
            return ServiceResult.Failure<ValueChange>(errors);
        }

        var existing = await db.Set<IndicatorValue>().SingleOrDefaultAsync(
            v => v.IndicatorId == indicator.Id && v.Period == figures.Period && v.Geography == figures.Area, cancellationToken);
        var refusal = Refusal(entry, existing, figures);
        if (refusal is not null)
        {
            return ServiceResult.Failure<ValueChange>(refusal);
        }

        var revisions = existing is null ? 0 : await db.Set<IndicatorValueRevision>().CountAsync(r => r.IndicatorValueId == existing.Id, cancellationToken);
        var change = new ValueRecorder(db).Record(indicator.Id, existing, revisions, figures, Actor(), Blank(entry.Reason));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult.Failure<ValueChange>(new FieldError(FieldError.WholeForm, StaleMessage));
        }

        return ServiceResult.Success(change);
    }

    private static FieldError? Refusal(ValueEntry entry, IndicatorValue? existing, ValueFigures figures)
    {
        if (existing is null)
        {
            return entry.Version is null ? null : new FieldError(FieldError.WholeForm, StaleMessage);
        }

        if (entry.Version is null)
        {
            return new FieldError(
                ValueFields.Period,
                $"A value for {figures.Area} in {figures.Period} is already recorded: correct that value instead of adding another");
        }

        if (entry.Version != existing.Version)
        {
            return new FieldError(FieldError.WholeForm, StaleMessage);
        }

        if (!existing.IsProvisional && !figures.NumbersSameAs(existing) && string.IsNullOrWhiteSpace(entry.Reason))
        {
            return new FieldError(ValueFields.Reason, "Enter the reason for correcting a final value");
        }

        return entry.Reason?.Trim().Length > SchemaLimits.Comment
            ? new FieldError(ValueFields.Reason, $"Reason must be {SchemaLimits.Comment} characters or fewer")
            : null;
    }

    private string Actor() => db.CurrentActor.Name ?? "unknown";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
