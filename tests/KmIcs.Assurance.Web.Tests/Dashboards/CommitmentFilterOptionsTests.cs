using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Reporting.Dashboards;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.Dashboards;

/// <summary>
/// The commitment list's organisation filters: a lead body is itself alone, a place and the member's own organisations
/// take every body beneath them, and choices that leave no lead body match nothing rather than everything.
/// </summary>
public class CommitmentFilterOptionsTests : IClassFixture<PortalFactory>
{
    private static readonly Organisation County = new() { Name = "Kent County Council", Kind = OrganisationKind.UpperTierCouncil };
    private static readonly Organisation PublicHealth = new() { Name = "Kent Public Health Team", Kind = OrganisationKind.PublicHealthTeam, ParentId = County.Id };
    private static readonly Organisation Partnership = new() { Name = "West Kent HCP", Kind = OrganisationKind.HealthAndCarePartnership };
    private static readonly Organisation Practices = new() { Name = "West Kent primary care", ParentId = Partnership.Id };
    private static readonly Organisation Surgery = new() { Name = "A surgery in West Kent", ParentId = Practices.Id };
    private static readonly Organisation District = new() { Name = "Dartford Borough Council", Kind = OrganisationKind.DistrictCouncil };

    private static readonly CommitmentFilterOptions Options = new([("1", "Every child has the best start in life")], [County, PublicHealth, Partnership, Practices, Surgery, District]);

    private readonly PortalFactory portal;

    public CommitmentFilterOptionsTests(PortalFactory portal) => this.portal = portal;

    [Fact]
    public void Organisations_are_offered_by_name_and_places_are_partnerships_and_district_councils()
    {
        Assert.Equal([Surgery.Id, District.Id, County.Id, PublicHealth.Id, Partnership.Id, Practices.Id], Options.Organisations.Select(o => o.Id));
        Assert.Equal([District.Id, Partnership.Id], Options.Places.Select(o => o.Id));
    }

    [Fact]
    public void No_organisation_choice_matches_any_lead_body()
    {
        var filter = Options.Filter("1", null, null, null, "hubs");

        Assert.Equal("1", filter?.Outcome);
        Assert.Empty(filter!.Organisations);
        Assert.Equal("hubs", filter.Text);
    }

    [Fact]
    public void A_lead_body_is_matched_alone()
    {
        Assert.Equal([County.Id], Options.Filter(null, County.Id, null, null, null)!.Organisations);
    }

    [Fact]
    public void A_place_takes_its_whole_branch()
    {
        Assert.Equal(
            new HashSet<Guid> { Partnership.Id, Practices.Id, Surgery.Id },
            Options.Filter(null, null, Partnership.Id, null, null)!.Organisations.ToHashSet());
    }

    [Fact]
    public void A_member_answers_for_the_bodies_within_their_organisations_and_the_choices_add_up()
    {
        Assert.Equal(
            new HashSet<Guid> { County.Id, PublicHealth.Id, District.Id },
            Options.Filter(null, null, District.Id, [County.Id], null)!.Organisations.ToHashSet());
    }

    [Fact]
    public void Choices_that_leave_no_lead_body_match_nothing()
    {
        Assert.Null(Options.Filter(null, null, null, [], null));
        Assert.Null(Options.Filter(null, null, Guid.NewGuid(), null, null));
    }

    [Fact]
    public async Task The_query_offers_the_tenants_organisations_and_the_current_strategys_outcomes()
    {
        var tenant = await portal.CreateTenantAsync("filters-" + Guid.NewGuid().ToString("N")[..6], "Medway Council", "Kent County Council");
        await portal.CreateCommitmentAsync(tenant, "Kent County Council");
        await using var db = portal.CreateContext(tenant);
        var earlier = new Strategy { Title = "Shared Delivery Plan", DocumentVersion = "v0", PeriodStart = 2022, PeriodEnd = 2024 };
        earlier.Outcomes.Add(new Outcome { StrategyId = earlier.Id, Number = "9", Title = "An outcome of an earlier edition" });
        db.Add(earlier);
        await db.SaveChangesAsync();

        var options = await new CommitmentFilterOptionsQuery(db).RunAsync();

        Assert.Equal([("1", "Every child has the best start in life")], options.Outcomes);
        Assert.Equal(["Kent County Council", "Medway Council"], options.Organisations.Select(o => o.Name));
    }
}
