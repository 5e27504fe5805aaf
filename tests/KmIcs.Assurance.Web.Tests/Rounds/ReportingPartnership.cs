using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.Rounds;

/// <summary>
/// A partnership of its own for one test, so tests never share rounds or updates: Kent County Council and Medway
/// Council, a commitment each leads alone and one they share, a reviewer (a clerk unless asked otherwise) signed in,
/// and a lead partner for each council (acting through the services).
/// </summary>
public sealed class ReportingPartnership : IDisposable
{
    public const string Kent = "Kent County Council";
    public const string Medway = "Medway Council";

    private ReportingPartnership(TestTenant tenant, TestUser reviewer, PortalClient client)
    {
        Tenant = tenant;
        Reviewer = reviewer;
        Client = client;
    }

    public TestTenant Tenant { get; }

    public string Slug => Tenant.Slug;

    /// <summary>The signed-in clerk or tenant admin; the pages record them under their display name.</summary>
    public TestUser Reviewer { get; }

    public PortalClient Client { get; }

    public ActingUser KentLead { get; private set; } = null!;

    public ActingUser MedwayLead { get; private set; } = null!;

    public Guid KentCommitment { get; private set; }

    public Guid MedwayCommitment { get; private set; }

    /// <summary>Led by both councils.</summary>
    public Guid SharedCommitment { get; private set; }

    public static async Task<ReportingPartnership> CreateAsync(PortalFactory portal, TenantRole reviewerRole = TenantRole.Clerk)
    {
        ArgumentNullException.ThrowIfNull(portal);
        var tenant = await portal.CreateTenantAsync("rep-" + Guid.NewGuid().ToString("N")[..8], Kent, Medway);
        var reviewer = await portal.CreateUserAsync(tenant, [reviewerRole]);
        var client = new PortalClient(portal);
        await client.SignInAsync(reviewer);
        return new ReportingPartnership(tenant, reviewer, client)
        {
            KentLead = (await portal.CreateUserAsync(tenant, [TenantRole.LeadPartner], [Kent])).Acting("Kelly Kent"),
            MedwayLead = (await portal.CreateUserAsync(tenant, [TenantRole.LeadPartner], [Medway])).Acting("Mo Medway"),
            KentCommitment = await portal.CreateCommitmentAsync(tenant, Kent),
            MedwayCommitment = await portal.CreateCommitmentAsync(tenant, Medway),
            SharedCommitment = await portal.CreateCommitmentAsync(tenant, Kent, Medway),
        };
    }

    public void Dispose() => Client.Dispose();
}
