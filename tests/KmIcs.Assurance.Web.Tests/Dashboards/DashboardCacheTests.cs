using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Testing.Web;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Web.Tests.Dashboards;

/// <summary>Dashboards are cached (docs/adr/0010), but a saved change shows on the very next request.</summary>
public class DashboardCacheTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory portal;

    public DashboardCacheTests(PortalFactory portal) => this.portal = portal;

    [Fact]
    public async Task A_new_value_shows_on_the_indicator_and_outcome_pages_at_once()
    {
        var tenant = await portal.CreateTenantAsync("cache-" + Guid.NewGuid().ToString("N")[..6], "Kent County Council");
        await portal.CreateCommitmentAsync(tenant, "Kent County Council");
        await portal.CreateIndicatorAsync(tenant, "1.1");
        var user = await portal.CreateUserAsync(tenant, [TenantRole.Member]);
        using var client = new PortalClient(portal);
        await client.SignInAsync(user);
        var before = await client.GetPageAsync($"/{tenant.Slug}/indicators/1.1");
        Assert.Contains("2022/23", before.QuerySelector("#summary")!.TextContent, StringComparison.Ordinal);

        await using (var db = portal.CreateContext(tenant))
        {
            var indicator = await db.Set<Indicator>().SingleAsync(i => i.Ref == "1.1");
            db.Add(new IndicatorValue { IndicatorId = indicator.Id, Period = ReportingPeriod.Parse("2023/24"), Geography = "Kent", Value = 70.2m });
            await db.SaveChangesAsync();
        }

        var after = await client.GetPageAsync($"/{tenant.Slug}/indicators/1.1");
        var outcome = await client.GetPageAsync($"/{tenant.Slug}/outcomes/1");
        Assert.StartsWith("The latest value for Kent is 70 in 2023/24.", after.QuerySelector("#summary")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("2023/24", outcome.QuerySelector("tr[data-ref='1.1']")!.TextContent, StringComparison.Ordinal);
    }
}
