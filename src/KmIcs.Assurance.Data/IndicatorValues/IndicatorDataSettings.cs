using System.Globalization;
using KmIcs.Assurance.Data.Configurations;
using KmIcs.Assurance.Data.IndicatorValues.ValueImports;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>
/// The analyst's metadata of an indicator (polarity, unit, decimals, frequency and lag, source, Fingertips ids,
/// benchmark area, headline sex and age) and its targets. A target is never edited: a revised one is a new row with a
/// later effective date and a reason, so a past rating can be reproduced. Version checks refuse a stale form.
/// </summary>
public sealed class IndicatorDataSettings(AssuranceDbContext db)
{
    public const string StaleMessage = "Someone else changed this indicator while you were editing it. Its current details are shown: check them and try again";

    public Task<Indicator?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<Indicator>().AsNoTracking().AsSplitQuery()
            .Include(i => i.ExternalIds)
            .Include(i => i.Targets)
            .Include(i => i.Values)
            .SingleOrDefaultAsync(i => i.Id == id, cancellationToken);

    public async Task<ServiceResult<Indicator>> SaveAsync(IndicatorDataInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var indicator = await db.Set<Indicator>().Include(i => i.ExternalIds).SingleOrDefaultAsync(i => i.Id == input.IndicatorId, cancellationToken);
        if (indicator is null)
        {
            return ServiceResult.Failure<Indicator>(new FieldError(FieldError.WholeForm, "Indicator not found"));
        }

        if (indicator.Version != input.Version)
        {
            return ServiceResult.Failure<Indicator>(new FieldError(FieldError.WholeForm, StaleMessage));
        }

        var errors = new List<FieldError>();
        var areas = await AreaDirectory.LoadAsync(db, cancellationToken);
        var decimals = WholeNumber(input.Decimals, 0, 6, IndicatorDataFields.Decimals, "Decimal places", errors) ?? 0;
        var lag = WholeNumber(input.PublicationLagMonths, 0, 60, IndicatorDataFields.Lag, "Publication lag", errors);
        var benchmark = areas.Find(input.BenchmarkArea);
        if (benchmark is null)
        {
            errors.Add(new FieldError(IndicatorDataFields.BenchmarkArea, "Select the area to compare with"));
        }

        var ids = FingertipsIds(input.FingertipsIds, errors);
        Required(input.Polarity, IndicatorDataFields.Polarity, "Select which direction is better", errors);
        Required(input.Unit, IndicatorDataFields.Unit, "Select the unit", errors);
        var source = Bounded(input.DataSource, SchemaLimits.Source, IndicatorDataFields.DataSource, "Data source", errors);
        var sex = Bounded(input.Sex, SchemaLimits.Breakdown, IndicatorDataFields.Sex, "Sex", errors);
        var age = Bounded(input.Age, SchemaLimits.Breakdown, IndicatorDataFields.Age, "Age band", errors);
        if (errors.Count > 0)
        {
            return ServiceResult.Failure<Indicator>(errors);
        }

        indicator.Polarity = input.Polarity!.Value;
        indicator.Unit = input.Unit!.Value;
        indicator.Decimals = decimals;
        indicator.Frequency = input.Frequency;
        indicator.PublicationLagMonths = lag;
        indicator.DataSource = source;
        indicator.PeriodKind = input.PeriodKind;
        indicator.BenchmarkArea = benchmark!.Name;
        indicator.Sex = sex;
        indicator.Age = age;
        ReplaceFingertipsIds(indicator, ids);
        indicator.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult.Failure<Indicator>(new FieldError(FieldError.WholeForm, StaleMessage));
        }

        return ServiceResult.Success(indicator);
    }

    public async Task<ServiceResult<IndicatorTarget>> AddTargetAsync(TargetInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var indicator = await db.Set<Indicator>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == input.IndicatorId, cancellationToken);
        if (indicator is null)
        {
            return ServiceResult.Failure<IndicatorTarget>(new FieldError(FieldError.WholeForm, "Indicator not found"));
        }

        var errors = new List<FieldError>();
        var area = (await AreaDirectory.LoadAsync(db, cancellationToken)).Find(input.Area);
        if (area is null)
        {
            errors.Add(new FieldError(IndicatorDataFields.TargetArea, "Select the area the target is for"));
        }

        ReportingPeriod? period = null;
        if (!ReportingPeriod.TryParse(input.Period, out period))
        {
            errors.Add(new FieldError(IndicatorDataFields.TargetPeriod, "Enter the period the target is for, such as 2025/26 or 2028"));
        }

        if (!ValueNumbers.TryRead(input.Value, out var value))
        {
            errors.Add(new FieldError(IndicatorDataFields.TargetValue, "Target must be a number, like 70"));
        }
        else if (value is null)
        {
            errors.Add(new FieldError(IndicatorDataFields.TargetValue, "Enter the target"));
        }

        if (!ValueNumbers.TryRead(input.Floor, out var floor))
        {
            errors.Add(new FieldError(IndicatorDataFields.TargetFloor, "Floor standard must be a number, or blank for none"));
        }

        if (input.EffectiveFrom is null)
        {
            errors.Add(new FieldError(IndicatorDataFields.TargetEffectiveFrom, "Enter the date the target was agreed, for example 1 4 2025"));
        }

        var reason = Bounded(input.Reason, SchemaLimits.Comment, IndicatorDataFields.TargetReason, "Reason", errors);
        if (reason is null)
        {
            errors.Add(new FieldError(IndicatorDataFields.TargetReason, "Enter why the target was set or changed"));
        }

        if (errors.Count > 0)
        {
            return ServiceResult.Failure<IndicatorTarget>(errors);
        }

        var target = new IndicatorTarget
        {
            IndicatorId = indicator.Id,
            Geography = area!.Name,
            Period = period!,
            Value = value,
            Floor = floor,
            EffectiveFrom = input.EffectiveFrom!.Value,
            Reason = reason,
            Source = db.CurrentActor.Name,
        };
        db.Add(target);
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Success(target);
    }

    private void ReplaceFingertipsIds(Indicator indicator, IReadOnlyList<string> ids)
    {
        foreach (var old in indicator.ExternalIds.Where(e => e.System == ImportContext.FingertipsSystem && !ids.Contains(e.Value)).ToList())
        {
            db.Remove(old);
        }

        foreach (var id in ids.Where(id => !indicator.ExternalIds.Exists(e => e.System == ImportContext.FingertipsSystem && e.Value == id)))
        {
            db.Add(new IndicatorExternalId { IndicatorId = indicator.Id, System = ImportContext.FingertipsSystem, Value = id });
        }
    }

    private static List<string> FingertipsIds(string? text, List<FieldError> errors)
    {
        var ids = (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        if (ids.Exists(id => !int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _) || id.Length > 9))
        {
            errors.Add(new FieldError(IndicatorDataFields.FingertipsIds, "Fingertips indicator ids are numbers, like 90631; separate several with commas"));
        }

        return ids;
    }

    private static int? WholeNumber(string? text, int min, int max, string field, string label, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        errors.Add(new FieldError(field, $"{label} must be a whole number from {min} to {max}"));
        return null;
    }

    private static void Required<T>(T? value, string field, string message, List<FieldError> errors)
        where T : struct
    {
        if (value is null)
        {
            errors.Add(new FieldError(field, message));
        }
    }

    private static string? Bounded(string? text, int limit, string field, string label, List<FieldError> errors)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (trimmed?.Length > limit)
        {
            errors.Add(new FieldError(field, $"{label} must be {limit} characters or fewer"));
        }

        return trimmed;
    }
}
