using KmIcs.Assurance.Domain.Organisations;

namespace KmIcs.Assurance.Domain.Tests.Organisations;

public class OrganisationTests
{
    [Theory]
    [InlineData("Kent County Council")]
    [InlineData("kent county council")]
    [InlineData("  KENT COUNTY COUNCIL  ")]
    [InlineData("Kent  County\tCouncil")]
    [InlineData("KCC")]
    [InlineData("Kent County Council (KCC)")]
    [InlineData(" kent county council (kcc) ")]
    public void Name_short_name_and_aliases_match_ignoring_case_and_spacing(string name)
    {
        Assert.True(Kcc().IsKnownAs(name));
    }

    [Theory]
    [InlineData("Kent")]
    [InlineData("Medway Council")]
    [InlineData("K.C.C.")]
    [InlineData("Kent County Council KCC")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Other_names_do_not_match(string? name)
    {
        Assert.False(Kcc().IsKnownAs(name));
    }

    private static Organisation Kcc() => new()
    {
        Name = "Kent County Council",
        ShortName = "KCC",
        Kind = OrganisationKind.UpperTierCouncil,
        Aliases = { new OrganisationAlias { Text = "Kent County Council (KCC)" } },
    };
}
