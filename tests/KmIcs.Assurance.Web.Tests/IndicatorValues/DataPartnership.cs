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

    public void Dispose() => Client.Dispose();
}
