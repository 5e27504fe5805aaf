using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.IndicatorValues;

/// <summary>
/// A partnership of its own for one test: outcome 1 with indicator 1.1 (a percentage, higher is better, one Kent value
/// of 65.8 in 2022/23 and no target), and an analyst signed in.
/// </summary>
public sealed class DataPartnership : IDisposable
{
    private DataPartnership(TestTenant tenant, TestUser analyst, PortalClient client, Guid indicatorId)
    {
        Tenant = tenant;
        Analyst = analyst;
        Client = client;
        IndicatorId = indicatorId;
    }

    public TestTenant Tenant { get; }

    public string Slug => Tenant.Slug;

    public TestUser Analyst { get; }

    public PortalClient Client { get; }

    public Guid IndicatorId { get; }

    public static async Task<DataPartnership> CreateAsync(PortalFactory portal)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var tenant = await portal.CreateTenantAsync("data-" + Guid.NewGuid().ToString("N")[..8], "Kent County Council");
        await portal.CreateCommitmentAsync(tenant, "Kent County Council");
        var indicatorId = await portal.CreateIndicatorAsync(tenant, "1.1");
        var analyst = await portal.CreateUserAsync(tenant, [TenantRole.Analyst]);
        var client = new PortalClient(portal);
        await client.SignInAsync(analyst);
        return new DataPartnership(tenant, analyst, client, indicatorId);
    }

    /// <summary>The rating the outcome page shows for indicator 1.1 (its <c>data-rag</c>).</summary>
    public async Task<string?> RagOnOutcomePageAsync()
    {
        var page = await Client.GetPageAsync(Links.Tenant.Outcome(Slug, "1"));
        return page.QuerySelector("tr[data-ref='1.1']")?.GetAttribute("data-rag");
    }

    /// <summary>Adds, through the indicator's data page, a Kent target of 70 by 2025/26 with a floor of 60.</summary>
    public async Task<HttpResponseMessage> AddTargetAsync() =>
        await Client.SubmitAsync(Links.Data.Indicator(Slug, IndicatorId), "form:has(input[name='Target.Value'])",
            ("Target.Area", "Kent"), ("Target.Period", "2025/26"), ("Target.Value", "70"), ("Target.Floor", "60"),
            ("Target.EffectiveFrom.Day", "1"), ("Target.EffectiveFrom.Month", "4"), ("Target.EffectiveFrom.Year", "2023"),
            ("Target.Reason", "Agreed by the ICP in March 2023"));

    public void Dispose() => Client.Dispose();
}
