using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Reporting.Packs;
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

    /// <summary>An open reporting round of A, and of B.</summary>
    public Guid RoundA { get; private set; }

    public Guid RoundB { get; private set; }

    /// <summary>Kent County Council's submitted update of <see cref="KccCommitment"/> in <see cref="RoundA"/>, and B's own in <see cref="RoundB"/>.</summary>
    public Guid UpdateA { get; private set; }

    public Guid UpdateB { get; private set; }

    /// <summary>Indicator 1.1 of A and of B.</summary>
    public Guid IndicatorA { get; private set; }

    public Guid IndicatorB { get; private set; }

    /// <summary>A previewed value import of A, uploaded by A's analyst, and one of B.</summary>
    public Guid ImportA { get; private set; }

    public Guid ImportB { get; private set; }

    /// <summary>A committee of A with <see cref="MeetingA"/> on its work programme, and B's own.</summary>
    public Guid CommitteeA { get; private set; }

    public Guid CommitteeB { get; private set; }

    public Guid MeetingA { get; private set; }

    public Guid MeetingB { get; private set; }

    /// <summary>A ready annual pack of A, made by A's clerk for <see cref="MeetingA"/>, and one of B.</summary>
    public Guid PackA { get; private set; }

    public Guid PackB { get; private set; }

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
        IndicatorA = await CreateIndicatorAsync(A, "1.1");
        IndicatorB = await CreateIndicatorAsync(B, "1.1");
        var today = this.Today();
        var clerkA = Users[TenantRoles.Name(TenantRole.Clerk)].Acting("Clerk of A");
        var clerkB = (await CreateUserAsync(B, [TenantRole.Clerk])).Acting("Clerk of B");
        var leadA = Users[TenantRoles.Name(TenantRole.LeadPartner)].Acting("Lead partner of A");
        var leadB = (await CreateUserAsync(B, [TenantRole.LeadPartner], ["Kent County Council"])).Acting("Lead partner of B");
        RoundA = (await this.OpenRoundAsync(A, clerkA, "Round of A", today.AddDays(-1), today.AddDays(30))).Id;
        RoundB = (await this.OpenRoundAsync(B, clerkB, "Round of B", today.AddDays(-1), today.AddDays(30))).Id;
        UpdateA = (await this.SubmitUpdateAsync(A, leadA, KccCommitment, "Kent County Council", RoundA, CommitmentStatus.OnTrack)).Id;
        UpdateB = (await this.SubmitUpdateAsync(B, leadB, OtherTenantCommitment, "Kent County Council", RoundB, CommitmentStatus.OnTrack)).Id;
        const string Values = "Indicator ref,Period,Area code,Value\r\n1.1,2023/24,E10000016,66.1\r\n";
        ImportA = (await this.UploadValuesAsync(A, Users[TenantRoles.Name(TenantRole.Analyst)].Acting("Analyst of A"), Values)).Id;
        ImportB = (await this.UploadValuesAsync(B, Users[OtherTenantAdmin].Acting("Admin of B"), Values)).Id;
        CommitteeA = (await this.AddCommitteeAsync(A, clerkA, "Health and Wellbeing Board")).Id;
        CommitteeB = (await this.AddCommitteeAsync(B, clerkB, "Health and Wellbeing Board")).Id;
        MeetingA = (await this.AddMeetingAsync(A, clerkA, CommitteeA, "Board meeting of A", today.AddDays(40), today.AddDays(30))).Id;
        MeetingB = (await this.AddMeetingAsync(B, clerkB, CommitteeB, "Board meeting of B", today.AddDays(40), today.AddDays(30))).Id;
        PackA = (await this.MakePackAsync(A, clerkA, new PackOptions(PackOptions.AnnualKind, MeetingId: MeetingA.ToString()))).Id;
        PackB = (await this.MakePackAsync(B, clerkB, new PackOptions(PackOptions.AnnualKind))).Id;

        clients[Anonymous] = new PortalClient(this);
        foreach (var (role, user) in Users)
        {
            var client = new PortalClient(this);
            await client.SignInAsync(user);
            clients[role] = client;
        }
    }

    public PortalClient Client(string role) => clients[role];

    /// <summary>A value for every route parameter the portal's routes use, naming this fixture's own rows (call after <see cref="SetUpAsync"/>).</summary>
    public Dictionary<string, string> RouteValues() => new()
    {
        ["tenant"] = A.Slug,
        ["MembershipId"] = Users["member"].MembershipId!.Value.ToString(),
        ["OrganisationId"] = A.Organisations["Kent County Council"].ToString(),
        ["Code"] = "404",
        ["number"] = "1",
        ["reference"] = "1.1",
        ["id"] = KccCommitment.ToString(),
        ["CommitmentId"] = KccCommitment.ToString(),
        ["RoundId"] = RoundA.ToString(),
        ["UpdateId"] = UpdateA.ToString(),
        ["IndicatorId"] = IndicatorA.ToString(),
        ["ImportId"] = ImportA.ToString(),
        ["MeetingId"] = MeetingA.ToString(),
        ["CommitteeId"] = CommitteeA.ToString(),
        ["PackId"] = PackA.ToString(),
    };

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
