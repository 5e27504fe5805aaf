using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.Packs;

/// <summary>
/// The portal with the real Kent and Medway seed, a committee clerk, an ICP member, and a tenant admin of another
/// partnership. Packs are printed by the real job engine and Chromium of the test host.
/// </summary>
public sealed class PackFixture : PortalFactory
{
    public const string Tenant = "kent-medway";

    private PortalClient? clerk;
    private PortalClient? member;
    private PortalClient? outsider;

    public PortalClient Clerk => clerk ?? throw new InvalidOperationException("Call SetUpAsync first.");

    public PortalClient Member => member ?? throw new InvalidOperationException("Call SetUpAsync first.");

    public PortalClient Outsider => outsider ?? throw new InvalidOperationException("Call SetUpAsync first.");

    public TestTenant KentAndMedway { get; private set; } = null!;

    public string Slug => KentAndMedway.Slug;

    public async Task SetUpAsync()
    {
        if (clerk is not null)
        {
            return;
        }

        KentAndMedway = await SeededTenantAsync(Tenant);
        clerk = new PortalClient(this);
        await clerk.SignInAsync(await CreateUserAsync(KentAndMedway, [TenantRole.Clerk]));
        member = new PortalClient(this);
        await member.SignInAsync(await CreateUserAsync(KentAndMedway, [TenantRole.Member]));
        var other = await CreateTenantAsync("other-" + Guid.NewGuid().ToString("N")[..6], "Kent County Council");
        outsider = new PortalClient(this);
        await outsider.SignInAsync(await CreateUserAsync(other, [TenantRole.TenantAdmin, TenantRole.Clerk]));
    }

    /// <summary>Waits for the job engine to finish the pack (ready or failed) and returns the archived row.</summary>
    public Task<AssurancePack> FinishedAsync(Guid packId) => this.FinishedPackAsync(KentAndMedway, packId);

    public override async ValueTask DisposeAsync()
    {
        clerk?.Dispose();
        member?.Dispose();
        outsider?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
