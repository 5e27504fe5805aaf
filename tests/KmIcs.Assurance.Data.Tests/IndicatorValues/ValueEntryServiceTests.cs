using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.IndicatorValues;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Tests.IndicatorValues;

/// <summary>An analyst enters and corrects values: every rule gives its own message, and a correction never overwrites.</summary>
public class ValueEntryServiceTests
{
    private static ValueCandidate Candidate(
        string? period = "2022/23", string? area = "Kent and Medway", string? value = "14.1", string? lower = null, string? upper = null,
        string? count = null, string? denominator = null, bool provisional = false) =>
        new(period, area, value, lower, upper, count, denominator, provisional, null, "OHID Fingertips");

    [Theory, BothDatabases]
    public async Task Each_mistake_gets_one_message_on_its_own_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var scenario = await ValuesScenario.CreateAsync(provider);
        var indicator = await scenario.IndicatorAsync("1.3");
        var before = await scenario.CountAsync<IndicatorValue>();

        await using var db = scenario.Context();
        var result = await new ValueEntryService(db).RecordAsync(new ValueEntry(
            indicator.Id, Candidate(period: "2023", area: "Atlantis", value: "120", lower: "10", upper: "12", count: "30", denominator: "20"), null, null));

        Assert.False(result.Succeeded);
        Assert.Equal(
            [ValueFields.Period, ValueFields.Area, ValueFields.Value, ValueFields.LowerCi, ValueFields.Count],
            result.Errors.Select(e => e.Field));
        Assert.Contains("financial year", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("Atlantis", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Equal("Value must be a percentage between 0 and 100", result.Errors[2].Message);
        Assert.Equal("The confidence interval 10 to 12 must contain the value 120", result.Errors[3].Message);
        Assert.Equal("Count must not be more than the denominator for a percentage", result.Errors[4].Message);
        Assert.Equal(before, await scenario.CountAsync<IndicatorValue>());
    }

    [Theory, BothDatabases]
    public async Task A_text_that_is_not_a_number_is_named_in_the_message(DatabaseProvider provider)
    {
        await using var scenario = await ValuesScenario.CreateAsync(provider);
        var indicator = await scenario.IndicatorAsync("1.3");

        await using var db = scenario.Context();
        var result = await new ValueEntryService(db).RecordAsync(new ValueEntry(indicator.Id, Candidate(value: "n/a"), null, null));

        var error = Assert.Single(result.Errors);
        Assert.Equal((ValueFields.Value, "Value must be a number, like 12.5 ('n/a' is not)"), (error.Field, error.Message));
    }

    [Theory, BothDatabases]
    public async Task A_correction_of_a_final_value_needs_a_reason_and_keeps_the_old_figure_as_a_revision(DatabaseProvider provider)
    {
        await using var scenario = await ValuesScenario.CreateAsync(provider);
        var indicator = await scenario.IndicatorAsync("1.3");
        var seeded = indicator.Values.Single(v => v.Period == ReportingPeriod.FinancialYear(2021));

        await using (var db = scenario.Context())
        {
            var refused = await new ValueEntryService(db).RecordAsync(new ValueEntry(indicator.Id, Candidate(period: "2021/22", value: "13.5"), null, seeded.Version));
            Assert.Equal(ValueFields.Reason, Assert.Single(refused.Errors).Field);
        }

        await using (var db = scenario.Context())
        {
            var corrected = await new ValueEntryService(db).RecordAsync(new ValueEntry(indicator.Id, Candidate(period: "2021/22", value: "13.5"), "OHID revised the figure", seeded.Version));
            Assert.Equal(ValueChange.Revised, corrected.Value);
        }

        await using var check = scenario.Context();
        var value = await check.Set<IndicatorValue>().SingleAsync(v => v.Id == seeded.Id);
        var revisions = await check.Set<IndicatorValueRevision>().Where(r => r.IndicatorValueId == seeded.Id).OrderBy(r => r.Number).ToListAsync();
        Assert.Equal(13.5m, value.Value);
        Assert.Equal([(1, 13.2m, "strategy seed", (string?)null), (2, 13.5m, ValuesScenario.Analyst, "OHID revised the figure")],
            revisions.Select(r => (r.Number, r.Value!.Value, r.RecordedBy, r.Reason)));
    }

    [Theory, BothDatabases]
    public async Task A_correction_made_from_a_stale_page_is_refused(DatabaseProvider provider)
    {
        await using var scenario = await ValuesScenario.CreateAsync(provider);
        var indicator = await scenario.IndicatorAsync("1.3");
        var seeded = indicator.Values.Single();
        await using (var db = scenario.Context("Bea Other"))
        {
            Assert.True((await new ValueEntryService(db).RecordAsync(new ValueEntry(indicator.Id, Candidate(period: "2021/22", value: "13.4"), "Revised", seeded.Version))).Succeeded);
        }

        await using var late = scenario.Context();
        var result = await new ValueEntryService(late).RecordAsync(new ValueEntry(indicator.Id, Candidate(period: "2021/22", value: "13.9"), "Mine", seeded.Version));

        Assert.Equal(ValueEntryService.StaleMessage, result.Summary);
        Assert.Equal(13.4m, (await scenario.ValuesAsync("1.3")).Single().Value);
    }

    [Theory, BothDatabases]
    public async Task A_new_value_for_a_period_and_area_that_has_one_is_refused_so_nothing_is_overwritten(DatabaseProvider provider)
    {
        await using var scenario = await ValuesScenario.CreateAsync(provider);
        var indicator = await scenario.IndicatorAsync("1.3");

        await using var db = scenario.Context();
        var result = await new ValueEntryService(db).RecordAsync(new ValueEntry(indicator.Id, Candidate(period: "2021/22", value: "1"), null, null));

        Assert.Equal(ValueFields.Period, Assert.Single(result.Errors).Field);
        Assert.Equal(13.2m, (await scenario.ValuesAsync("1.3")).Single().Value);
    }

    [Theory, BothDatabases]
    public async Task A_new_value_is_stored_by_ons_code_or_name_with_its_first_revision(DatabaseProvider provider)
    {
        await using var scenario = await ValuesScenario.CreateAsync(provider);
        var indicator = await scenario.IndicatorAsync("1.3");

        await using (var db = scenario.Context())
        {
            var result = await new ValueEntryService(db).RecordAsync(new ValueEntry(
                indicator.Id, Candidate(period: "2022/23", area: "E92000001", value: "12.6", lower: "12.4", upper: "12.8", count: "75000", denominator: "600000", provisional: true), null, null));
            Assert.Equal(ValueChange.New, result.Value);
        }

        var stored = (await scenario.ValuesAsync("1.3")).Single(v => v.Geography == "England");
        Assert.Equal((12.6m, 12.4m, 12.8m, 75000m, 600000m, true), (stored.Value!.Value, stored.LowerCi!.Value, stored.UpperCi!.Value, stored.Numerator!.Value, stored.Denominator!.Value, stored.IsProvisional));
        Assert.Equal(1, await scenario.CountAsync<IndicatorValueRevision>());
    }
}
