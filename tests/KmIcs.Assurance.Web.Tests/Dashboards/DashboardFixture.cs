using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.Dashboards;

/// <summary>
/// The portal with the real Kent and Medway seed, a signed-in ICP member and tenant admin of it, and a tenant admin of
/// another partnership (who must see none of Kent and Medway's pages).
/// </summary>
public sealed class DashboardFixture : PortalFactory
{
    public const string Tenant = "kent-medway";

    private PortalClient? member;
    private PortalClient? outsider;
    private PortalClient? admin;

    public PortalClient Member => member ?? throw new InvalidOperationException("Call SetUpAsync first.");

    public PortalClient Outsider => outsider ?? throw new InvalidOperationException("Call SetUpAsync first.");

    /// <summary>A tenant admin of Kent and Medway (who also sees what was noted while transcribing its papers).</summary>
    public PortalClient Admin => admin ?? throw new InvalidOperationException("Call SetUpAsync first.");

    public TestTenant KentAndMedway { get; private set; } = null!;

    public async Task SetUpAsync()
    {
        if (member is not null)
        {
            return;
        }

        KentAndMedway = await SeededTenantAsync(Tenant);
        var user = await CreateUserAsync(KentAndMedway, [TenantRole.Member]);
        member = new PortalClient(this);
        await member.SignInAsync(user);

        var tenantAdmin = await CreateUserAsync(KentAndMedway, [TenantRole.TenantAdmin, TenantRole.Member]);
        admin = new PortalClient(this);
        await admin.SignInAsync(tenantAdmin);

        var other = await CreateTenantAsync("other-" + Guid.NewGuid().ToString("N")[..6], "Kent County Council");
        var stranger = await CreateUserAsync(other, [TenantRole.TenantAdmin]);
        outsider = new PortalClient(this);
        await outsider.SignInAsync(stranger);
    }

    public override async ValueTask DisposeAsync()
    {
        member?.Dispose();
        outsider?.Dispose();
        admin?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
