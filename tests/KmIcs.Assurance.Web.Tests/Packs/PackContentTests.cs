using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Domain.Ratings;
using KmIcs.Assurance.Reporting.Packs;
using KmIcs.Assurance.Testing.Web;
using KmIcs.Assurance.Web.Tests.IndicatorValues;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Web.Tests.Packs;

/// <summary>
/// What a pack says, on a partnership of its own whose analyst, lead partner and clerk act through the portal: figures as
/// they stood at the as-at date, and what changed since the last pack worked out from the two stored models.
/// </summary>
public sealed class PackContentTests(PackFixture portal) : IClassFixture<PackFixture>
{
    private const string EntryForm = "form:has(input[name='Form.Value'])";

    [Fact]
    public async Task A_pack_as_at_yesterday_shows_the_figure_before_todays_correction_and_not_todays_new_value()
    {
        using var data = await DataPartnership.CreateAsync(portal);
        await CorrectAndAddValuesAsync(data);
        var today = portal.Today();

        var yesterday = await TakeAsync(data.Tenant, today.AddDays(-1));
        var now = await TakeAsync(data.Tenant, today);

        var before = Assert.Single(yesterday.Indicators);
        Assert.Equal(["2022/23 Kent 66"], before.Values.Select(v => $"{v.Period} {v.Geography} {v.Value}"));
        var after = Assert.Single(now.Indicators);
        Assert.Equal(["2023/24 Kent 72", "2022/23 Kent 67"], after.Values.Select(v => $"{v.Period} {v.Geography} {v.Value}"));
        Assert.Contains(now.AssuranceLog, e => e.Kind == "Value revised" && e.Detail.StartsWith("65.8 to 67.4", StringComparison.Ordinal));
        Assert.DoesNotContain(yesterday.AssuranceLog, e => e.Kind == "Value revised");
    }

    [Fact]
    public async Task The_next_annual_pack_lists_the_ratings_changed_the_new_values_and_the_statuses_decided_since_the_last()
    {
        using var data = await DataPartnership.CreateAsync(portal);
        var clerk = (await portal.CreateUserAsync(data.Tenant, [TenantRole.Clerk])).Acting("Clerk");
        var lead = (await portal.CreateUserAsync(data.Tenant, [TenantRole.LeadPartner], ["Kent County Council"])).Acting("Lead partner");
        var today = portal.Today();
        var first = await portal.MakePackAsync(data.Tenant, clerk, new PackOptions(PackOptions.AnnualKind, AsAt: today.AddDays(-1)));

        using var target = await data.AddTargetAsync();
        await CorrectAndAddValuesAsync(data);
        var round = await portal.OpenRoundAsync(data.Tenant, clerk, "Quarter 3 updates", today.AddDays(-1), today.AddDays(20));
        var commitment = Assert.Single(PackJson.Read(first.ModelJson!).Commitments).Id;
        var update = await portal.SubmitUpdateAsync(data.Tenant, lead, commitment, "Kent County Council", round.Id, CommitmentStatus.OffTrack);
        await portal.ApproveUpdateAsync(data.Tenant, clerk, update.Id);
        var second = await portal.MakePackAsync(data.Tenant, clerk, new PackOptions(PackOptions.AnnualKind, Title: "Annual assurance report, second"));

        var changes = PackJson.Read(second.ModelJson!).Changes;
        Assert.Equal(first.Id, changes.Previous?.Id);
        Assert.Equal(1, second.DocumentVersion);
        var rating = Assert.Single(changes.Ratings);
        Assert.Equal(("1.1", Rag.NoTarget, Rag.Green), (rating.Ref, rating.Before, rating.After));
        Assert.Equal(["1.1 2023/24 Kent 72"], changes.NewValues.Select(v => $"{v.Ref} {v.Period} {v.Geography} {v.Value}"));
        var status = Assert.Single(changes.Statuses);
        Assert.Equal((null, CommitmentStatus.OffTrack), (status.Before, status.After));
        Assert.Contains(changes.NewExceptions, e => e.Kind == PackExceptionKind.CommitmentOffTrack);
        var log = PackJson.Read(second.ModelJson!).AssuranceLog;
        Assert.Contains(log, e => e.Kind == "Status decided" && e.Detail.StartsWith("Off track", StringComparison.Ordinal));
        Assert.Contains(log, e => e.Kind == "Values added" && e.Subject == "Indicator 1.1");
    }

    [Fact]
    public async Task A_deep_dive_on_a_selection_holds_only_the_chosen_indicator_and_commitment()
    {
        var tenant = await portal.CreateTenantAsync("select-" + Guid.NewGuid().ToString("N")[..6], "Kent County Council", "Medway Council");
        var kept = await portal.CreateCommitmentAsync(tenant, "Kent County Council");
        await portal.CreateCommitmentAsync(tenant, "Medway Council");
        await portal.CreateIndicatorAsync(tenant, "1.1");
        await portal.CreateIndicatorAsync(tenant, "1.2");
        var clerk = (await portal.CreateUserAsync(tenant, [TenantRole.Clerk])).Acting("Clerk");

        var pack = await portal.MakePackAsync(tenant, clerk, new PackOptions(PackOptions.DeepDiveKind, IndicatorRefs: ["1.2"], CommitmentIds: [kept.ToString()]));

        var model = PackJson.Read(pack.ModelJson!);
        Assert.Equal(PackKind.DeepDive, model.Kind);
        Assert.Equal("A selection of 1 indicator and 1 commitment", model.ScopeTitle);
        Assert.Equal(["1.2"], model.Indicators.Select(i => i.Ref));
        Assert.Equal([kept], model.Commitments.Select(c => c.Id));
        Assert.Empty(model.GoalIndicators);
    }

    /// <summary>Today, through the entry form: 2022/23 corrected from 65.8 to 67.4, and 72.4 added for 2023/24.</summary>
    private static async Task CorrectAndAddValuesAsync(DataPartnership data)
    {
        var correction = Links.Data.Value(data.Slug, data.IndicatorId, "2022/23", "Kent");
        var form = await data.Client.GetPageAsync(correction);
        using var corrected = await data.Client.SubmitChangedAsync(form, correction, EntryForm, ("Form.Value", "67.4"), ("Form.Reason", "OHID revised the 2022/23 figure"));
        Assert.Equal(Links.WithQuery(correction, ("done", "saved")), PortalClient.RedirectOf(corrected));
        using var added = await data.Client.SubmitAsync(Links.Data.Value(data.Slug), EntryForm,
            ("Form.Indicator", data.IndicatorId.ToString()), ("Form.Period", "2023/24"), ("Form.Area", "Kent"), ("Form.Value", "72.4"));
        Assert.NotNull(PortalClient.RedirectOf(added));
    }

    private Task<PackModel> TakeAsync(TestTenant tenant, DateOnly asAt) =>
        portal.ActAsync(tenant, null, async services =>
            (await services.GetRequiredService<PackModelQuery>().TakeAsync(
                new PackRequest(PackKind.Annual, PackScope.Strategy, "As at test", "OFFICIAL", asAt, 1, null), null))!);
}
