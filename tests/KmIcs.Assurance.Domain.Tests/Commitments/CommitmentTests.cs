using KmIcs.Assurance.Domain.Commitments;

namespace KmIcs.Assurance.Domain.Tests.Commitments;

public class CommitmentTests
{
    [Fact]
    public void Commitment_is_led_only_by_its_lead_bodies()
    {
        var kcc = Guid.CreateVersion7();
        var medway = Guid.CreateVersion7();
        var commitment = new Commitment
        {
            Text = "Whole family approach, co-producing with children, young people and families",
            LeadBodies = { new CommitmentLeadBody { OrganisationId = kcc } },
        };

        Assert.True(commitment.IsLedBy(kcc));
        Assert.False(commitment.IsLedBy(medway));
    }
}
