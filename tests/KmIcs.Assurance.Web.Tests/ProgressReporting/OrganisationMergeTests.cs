using KmIcs.Assurance.Data.Organisations;
using KmIcs.Assurance.Testing.Web;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Web.Tests.ProgressReporting;

public class OrganisationMergeTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_organisation_that_has_reported_progress_is_not_merged_and_the_admin_is_told_why()
    {
        var p = await Partnership.CreateAsync(portal);
        var commitment = await p.CommitmentAsync(Partnership.Kcc);
        var round = await p.OpenRoundAsync();
        Assert.True((await p.UpdateAsync("kcc", commitment, Partnership.Kcc, round)).Succeeded);

        var result = await p.AsAsync("clerk", (s, _) => s.GetRequiredService<OrganisationAdministration>()
            .MergeAsync(p.Organisation(Partnership.Kcc), p.Organisation(Partnership.Trust)));

        Assert.False(result.Succeeded);
        Assert.StartsWith("Kent County Council has reported progress", result.Errors.Single().Message, StringComparison.Ordinal);
        var update = (await p.UpdateAsync("kcc", commitment, Partnership.Kcc, round)).Update!;
        Assert.Equal(p.Organisation(Partnership.Kcc), update.OrganisationId);
    }
}
