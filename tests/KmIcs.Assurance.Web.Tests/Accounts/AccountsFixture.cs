using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>
/// Two partnerships, A and B, and one signed-in person per role in A, plus a platform admin (member of none) and a
/// tenant admin of B. Signed in once per test class; tests must not change these people.
/// </summary>
public sealed class AccountsFixture : PortalFactory
{
    public const string Anonymous = "anonymous";
    public const string PlatformAdmin = "platform-admin";
    public const string OtherTenantAdmin = "tenant-b admin";

    private readonly Dictionary<string, PortalClient> clients = [];

    public TestTenant A { get; private set; } = null!;

    public TestTenant B { get; private set; } = null!;

    public Dictionary<string, TestUser> Users { get; } = [];

    /// <summary>A commitment of A led by Kent County Council only.</summary>
    public Guid KccCommitment { get; private set; }

    /// <summary>A commitment of A led by Medway Council only.</summary>
    public Guid MedwayCommitment { get; private set; }

    /// <summary>A commitment of B, led by B's Kent County Council.</summary>
    public Guid OtherTenantCommitment { get; private set; }

    /// <summary>Every role a request can come from, in the order the matrix prints them.</summary>
    public static IReadOnlyList<string> Roles { get; } = [Anonymous, .. TenantRoles.All.Select(TenantRoles.Name), PlatformAdmin, OtherTenantAdmin];

    public async Task SetUpAsync()
    {
        if (clients.Count > 0)
        {
            return;
        }

        A = await CreateTenantAsync("alpha-" + Guid.NewGuid().ToString("N")[..6], "Kent County Council", "Medway Council");
        B = await CreateTenantAsync("beta-" + Guid.NewGuid().ToString("N")[..6], "Kent County Council", "Medway Council");
        foreach (var role in TenantRoles.All)
        {
            Users[TenantRoles.Name(role)] = await CreateUserAsync(A, [role], role == TenantRole.LeadPartner ? ["Kent County Council"] : null);
        }

        Users[PlatformAdmin] = await CreateUserAsync(null, [], platformAdmin: true);
        Users[OtherTenantAdmin] = await CreateUserAsync(B, [TenantRole.TenantAdmin]);
        KccCommitment = await CreateCommitmentAsync(A, "Kent County Council");
        MedwayCommitment = await CreateCommitmentAsync(A, "Medway Council");
        OtherTenantCommitment = await CreateCommitmentAsync(B, "Kent County Council");
        await CreateIndicatorAsync(A, "1.1");
        await CreateIndicatorAsync(B, "1.1");

        clients[Anonymous] = new PortalClient(this);
        foreach (var (role, user) in Users)
        {
            var client = new PortalClient(this);
            await client.SignInAsync(user);
            clients[role] = client;
        }
    }

    public PortalClient Client(string role) => clients[role];

    public override async ValueTask DisposeAsync()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
