using System.Globalization;
using KmIcs.Assurance.Data.IndicatorValues;
using KmIcs.Assurance.Data.IndicatorValues.Files;
using KmIcs.Assurance.Domain.Areas;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Benchmarks;

/// <summary>
/// A template CSV (<see cref="ValueFileWriter"/>) of exactly <see cref="Rows"/> valid rows for the tenant's own
/// indicators, every one a value the tenant does not have yet, so an import of it is all "new". Keys are indicator ×
/// period × area over every area the portal knows; periods are of the kind each indicator reports (
/// <see cref="ValueRules.AllowedKinds"/>), newest first, going back a year (or quarter, or month) at a time until there
/// are enough. Built from the database as it is when called, so a second file never repeats the first once that has
/// been committed.
/// </summary>
public sealed class TemplateFile
{
    private const string Source = "Import benchmark";

    private TemplateFile(byte[] content, int rows, int indicators, int areas, string oldestPeriod)
    {
        Content = content;
        Rows = rows;
        Indicators = indicators;
        Areas = areas;
        OldestPeriod = oldestPeriod;
    }

    public byte[] Content { get; }

    public int Rows { get; }

    /// <summary>Indicators with at least one row.</summary>
    public int Indicators { get; }

    public int Areas { get; }

    /// <summary>The oldest period written, to show how far back the keys had to go.</summary>
    public string OldestPeriod { get; }

    public static async Task<TemplateFile> BuildAsync(PortalFactory portal, TestTenant tenant, int rows)
    {
        ArgumentNullException.ThrowIfNull(portal);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        await using var db = portal.CreateContext(tenant);
        var indicators = await db.Set<Indicator>().AsNoTracking().AsSplitQuery().Include(i => i.Values).ToListAsync();
        var areas = await db.Set<Area>().AsNoTracking().OrderBy(a => a.Code).ToListAsync();

        // A template row names its indicator by ref; a ref shared by two indicator sets is refused as ambiguous.
        var usable = indicators.GroupBy(i => i.Ref, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() == 1)
            .Select(g => g.Single())
            .OrderBy(i => i.Ref, StringComparer.Ordinal)
            .ToList();
        if (usable.Count == 0)
        {
            throw new InvalidOperationException($"{tenant.Slug} has no indicator a template row can name.");
        }

        // Values are keyed by area name (the import maps a code to its name), in any letter case.
        var existing = indicators
            .SelectMany(i => i.Values.Select(v => (i.Id, v.Period.ToString(), v.Geography.ToUpperInvariant())))
            .ToHashSet();
        var kinds = usable.ToDictionary(i => i.Id, i => ValueRules.AllowedKinds(i)[0]);
        var centres = usable.ToDictionary(i => i.Id, Centre);
        var latestYear = portal.Clock.GetUtcNow().Year - 1;

        var lines = new List<string?[]>(rows);
        var written = new HashSet<Guid>();
        var oldest = "";

        // Step back one period at a time across every indicator and area, so each indicator gets as many periods.
        for (var step = 0; lines.Count < rows; step++)
        {
            var anyPeriod = false;
            foreach (var indicator in usable)
            {
                if (PeriodBack(kinds[indicator.Id], latestYear, step) is not { } period)
                {
                    continue;
                }

                anyPeriod = true;
                var label = period.ToString();
                foreach (var area in areas)
                {
                    if (lines.Count == rows)
                    {
                        break;
                    }

                    if (existing.Contains((indicator.Id, label, area.Name.ToUpperInvariant())))
                    {
                        continue;
                    }

                    var value = Value(indicator, centres[indicator.Id], lines.Count);
                    lines.Add([indicator.Ref, label, area.Code, value, null, null, null, null, null, null, Source]);
                    written.Add(indicator.Id);
                    oldest = label;
                }
            }

            if (!anyPeriod)
            {
                throw new InvalidOperationException($"Only {lines.Count} new keys exist for {tenant.Slug}; {rows} were asked for.");
            }
        }

        using var output = new MemoryStream();
        ValueFileWriter.WriteCsv(output, lines);
        return new TemplateFile(output.ToArray(), lines.Count, written.Count, areas.Count, oldest);
    }

    /// <summary>The period <paramref name="step"/> periods of the kind before the latest; null once before year 1000.</summary>
    private static ReportingPeriod? PeriodBack(PeriodKind kind, int latestYear, int step)
    {
        var year = kind switch
        {
            PeriodKind.Quarter => latestYear - (step / 4),
            PeriodKind.Rolling12Months => latestYear - (step / 12),
            PeriodKind.MultiYear => latestYear - step - 2,
            PeriodKind.FinancialYear or PeriodKind.CalendarYear or PeriodKind.AcademicYear => latestYear - step,
        };
        if (year < ReportingPeriod.MinYear)
        {
            return null;
        }

        return kind switch
        {
            PeriodKind.FinancialYear => ReportingPeriod.FinancialYear(year),
            PeriodKind.Quarter => ReportingPeriod.Quarter(year, 4 - (step % 4)),
            PeriodKind.CalendarYear => ReportingPeriod.CalendarYear(year),
            PeriodKind.AcademicYear => ReportingPeriod.AcademicYear(year),
            PeriodKind.Rolling12Months => ReportingPeriod.Rolling12Months(year, 12 - (step % 12)),
            PeriodKind.MultiYear => ReportingPeriod.MultiYear(year, year + 2),
        };
    }

    /// <summary>What a value of the indicator is around: its values' median, else its baseline, else a size typical of its unit.</summary>
    private static decimal Centre(Indicator indicator)
    {
        var known = indicator.Values.Where(v => v.Value is not null).Select(v => Math.Abs(v.Value!.Value)).Order().ToList();
        if (known.Count > 0)
        {
            return known[known.Count / 2];
        }

        return indicator.BaselineValue is { } baseline ? Math.Abs(baseline) : indicator.Unit switch
        {
            IndicatorUnit.Percent => 50m,
            IndicatorUnit.Count => 500m,
            IndicatorUnit.Rate => 250m,
            IndicatorUnit.Years => 80m,
            IndicatorUnit.Score or IndicatorUnit.Rank or IndicatorUnit.Currency or IndicatorUnit.Ratio or IndicatorUnit.Other => 10m,
        };
    }

    /// <summary>
    /// Between 70% and 130% of the centre, spread by a multiplicative hash of the row (deterministic, so runs compare),
    /// at the indicator's decimal places; a percentage stays within 0 to 100, every unit stays 0 or more.
    /// </summary>
    private static string Value(Indicator indicator, decimal centre, int row)
    {
        var spread = (uint)row * 2654435761u % 1000 / 1000m;
        var value = centre * (0.7m + (0.6m * spread));
        if (indicator.Unit == IndicatorUnit.Percent)
        {
            value = Math.Min(value, 100m);
        }

        var decimals = Math.Clamp(indicator.Decimals, 0, ValueNumbers.StoredDecimals);
        return Math.Round(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
