using Bunit;
using KmIcs.Assurance.Web.Components.Filtering;
using KmIcs.Assurance.Web.Components.Shared.Nhs;
using Microsoft.AspNetCore.Components;

namespace KmIcs.Assurance.Web.Tests.Components;

/// <summary>
/// The organisations island of the invite and edit-member forms: prerendered it is the full list of NHS.UK
/// checkboxes; over a circuit a box narrows the list as you type, ticked organisations stay in view, and hidden ones
/// keep their state (they are still in the form, so they are still posted).
/// </summary>
public class OrganisationChoiceTests : BunitContext
{
    private static readonly Checkboxes.Item[] Organisations =
    [
        new("1", "Kent County Council (KCC)"),
        new("2", "Medway Council"),
        new("3", "Kent Community Health NHS Foundation Trust (KCHFT)"),
        new("4", "Dartford and Gravesham NHS Trust (DGT)"),
    ];

    [Fact]
    public void Prerendered_it_is_every_organisation_as_a_checkbox_with_no_finder()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var cut = Render<OrganisationChoice>(ps => Choice(ps, selected: ["2"]));

        Assert.Equal(4, cut.FindAll("input[type=checkbox][name='Input.Organisations']").Count);
        Assert.Empty(cut.FindAll("[hidden]"));
        Assert.Empty(cut.FindAll("input[type=search]"));
        Assert.True(cut.Find("input[value='2']").HasAttribute("checked"));
    }

    [Fact]
    public void Typing_part_of_a_name_shows_only_the_matching_organisations_and_says_how_many()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var cut = Render<OrganisationChoice>(ps => Choice(ps, selected: null));

        cut.Find("input[type=search]#organisations-find").Input("kent");

        Assert.Equal(["Kent County Council (KCC)", "Kent Community Health NHS Foundation Trust (KCHFT)"], VisibleLabels(cut));
        Assert.Equal("2 organisations shown", cut.Find("[role=status]").TextContent);
        Assert.Equal("organisations-list", cut.Find("input[type=search]").GetAttribute("aria-controls"));
        Assert.NotNull(cut.Find("#organisations-list"));
    }

    [Fact]
    public void A_ticked_organisation_stays_in_view_and_ticked_while_the_list_is_narrowed_to_others()
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var cut = Render<OrganisationChoice>(ps => Choice(ps, selected: null));

        cut.Find("input[value='2']").Change(true);
        cut.Find("input[type=search]").Input("dartford");

        Assert.Equal(["Medway Council", "Dartford and Gravesham NHS Trust (DGT)"], VisibleLabels(cut));
        Assert.True(cut.Find("input[value='2']").HasAttribute("checked"));

        cut.Find("input[type=search]").Input("");
        Assert.Equal(4, VisibleLabels(cut).Count);
        Assert.Equal("All 4 organisations shown", cut.Find("[role=status]").TextContent);
    }

    private static List<string> VisibleLabels(IRenderedComponent<OrganisationChoice> cut) =>
        cut.FindAll(".nhsuk-checkboxes__item").Where(item => !item.HasAttribute("hidden")).Select(item => item.QuerySelector("label")!.TextContent.Trim()).ToList();

    private static ComponentParameterCollectionBuilder<OrganisationChoice> Choice(ComponentParameterCollectionBuilder<OrganisationChoice> ps, string[]? selected) => ps
        .Add(p => p.Id, "organisations")
        .Add(p => p.Name, "Input.Organisations")
        .Add(p => p.Legend, "Organisations")
        .Add(p => p.Items, Organisations)
        .Add(p => p.Selected, selected);
}
