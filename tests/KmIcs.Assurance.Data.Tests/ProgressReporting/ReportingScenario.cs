using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Data.Tests.Tenancy;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KmIcs.Assurance.Data.Tests.ProgressReporting;

/// <summary>
/// One small partnership on a migrated database, set up for progress reporting: the council (A) leads commitment
/// <see cref="LedByA"/> alone, a trust (B) leads <see cref="LedByB"/> alone, and both lead <see cref="Shared"/>. Alice and
/// Ann are lead partners for A, Bob for B, Carol is the committee clerk, Max an ICP member. The clock reads
/// <see cref="Today"/> (UTC, so "today" is the UTC date) until a test moves it.
/// </summary>
public sealed class ReportingScenario : IAsyncDisposable
{
    public static readonly DateOnly Opens = new(2026, 1, 5);
    public static readonly DateOnly Closes = new(2026, 1, 30);
    public static readonly DateOnly Today = new(2026, 1, 12);

    private ReportingScenario(TestDatabase database, TenantRows tenant)
    {
        Database = database;
        Tenant = tenant;
    }

    public TestDatabase Database { get; }

    public TenantRows Tenant { get; }

    public TestClock Clock { get; } = new(Today);

    public Guid OrganisationA => Tenant.OrganisationId;

    public Guid OrganisationB { get; private set; }

    public Guid LedByA => Tenant.CommitmentId;

    public Guid LedByB { get; private set; }

    public Guid Shared { get; private set; }

    public ActingUser Alice { get; private set; } = null!;

    public ActingUser Ann { get; private set; } = null!;

    public ActingUser Bob { get; private set; } = null!;

    public ActingUser Carol { get; private set; } = null!;

    public ActingUser Max { get; private set; } = null!;

    public static async Task<ReportingScenario> CreateAsync(DatabaseProvider provider)
    {
        var database = await TenantData.MigratedAsync(provider);
        var scenario = new ReportingScenario(database, await TenantData.CreateAsync(database, "reporting"));
        await scenario.SeedAsync();
        return scenario;
    }

    /// <summary>A unit of work for the tenant, acting (and audited) as <paramref name="actor"/>, on the scenario's clock.</summary>
    public AssuranceDbContext Context(ActingUser? actor = null, params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<AssuranceDbContext>();
        options.UseAssuranceDatabase(Database.Connection);
        options.AddInterceptors(interceptors);
        var who = new CurrentActor();
        who.Set(actor?.UserId, actor?.Name ?? "test setup");
        return new AssuranceDbContext(options.Options, Tenant.AsCurrent(), who, Clock);
    }

    public static CommitmentUpdateService Updates(AssuranceDbContext db) => new(db, new CommitmentStatusService(db));

    /// <summary>Opens the scenario's round (5 to 30 January 2026) as Carol.</summary>
    public async Task<ReportingRound> OpenRoundAsync(string name = "Quarter 3 2025/26 updates")
    {
        await using var db = Context(Carol);
        var result = await new ReportingRoundService(db).OpenAsync(name, "Q3 2025/26", Opens, Closes, Carol);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value!;
    }

    /// <summary>The organisation's draft of the commitment in the round, started by <paramref name="author"/>.</summary>
    public async Task<CommitmentUpdate> DraftAsync(ActingUser author, Guid commitmentId, Guid organisationId, Guid roundId)
    {
        await using var db = Context(author);
        var result = await Updates(db).GetOrCreateDraftAsync(commitmentId, organisationId, roundId, author);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Update!;
    }

    /// <summary>Starts, fills in and submits an update with the given rating; returns it as submitted.</summary>
    public async Task<CommitmentUpdate> SubmitAsync(ActingUser author, Guid commitmentId, Guid organisationId, Guid roundId, CommitmentStatus status)
    {
        var draft = await DraftAsync(author, commitmentId, organisationId, roundId);
        await using var db = Context(author);
        var result = await Updates(db).SubmitAsync(draft.Id, Filled(status), draft.Version, author);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Update!;
    }

    /// <summary>Submits and approves (as Carol) an update with the given rating.</summary>
    public async Task<CommitmentUpdate> ApprovedAsync(ActingUser author, Guid commitmentId, Guid organisationId, Guid roundId, CommitmentStatus status)
    {
        var submitted = await SubmitAsync(author, commitmentId, organisationId, roundId, status);
        await using var db = Context(Carol);
        var result = await Updates(db).ApproveAsync(submitted.Id, submitted.Version, null, Carol);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Update!;
    }

    public static CommitmentUpdateInput Filled(CommitmentStatus status) => new()
    {
        Status = status,
        Progress = "Three family hubs opened in Medway and Swale.",
        MilestonesProgress = "Launch milestone met in December.",
        RisksAndIssues = "Recruitment of family workers is slow.",
        NextSteps = "Open the Sheppey hub in March.",
        EvidenceUrl = "https://example.org/board-papers/2026-01",
    };

    public ValueTask DisposeAsync() => Database.DisposeAsync();

    private async Task SeedAsync()
    {
        var b = new Organisation { Name = "Medway NHS Foundation Trust", ShortName = "MFT", Kind = OrganisationKind.NhsTrust };
        var ledByB = new Commitment { PriorityId = Tenant.PriorityId, Text = "Reduce waiting times for community paediatrics", DisplayOrder = 2 };
        ledByB.LeadBodies.Add(new CommitmentLeadBody { CommitmentId = ledByB.Id, OrganisationId = b.Id });
        var shared = new Commitment { PriorityId = Tenant.PriorityId, Text = "Join up support for families across health and care", DisplayOrder = 3 };
        shared.LeadBodies.Add(new CommitmentLeadBody { CommitmentId = shared.Id, OrganisationId = Tenant.OrganisationId });
        shared.LeadBodies.Add(new CommitmentLeadBody { CommitmentId = shared.Id, OrganisationId = b.Id });
        OrganisationB = b.Id;
        LedByB = ledByB.Id;
        Shared = shared.Id;

        await using var db = Context();
        db.AddRange(b, ledByB, shared);
        Alice = AddPerson(db, "alice@council.example", "Alice Archer", TenantRole.LeadPartner, Tenant.OrganisationId);
        Ann = AddPerson(db, "ann@council.example", "Ann Abbott", TenantRole.LeadPartner, Tenant.OrganisationId);
        Bob = AddPerson(db, "bob@trust.example", "Bob Baker", TenantRole.LeadPartner, b.Id);
        Carol = AddPerson(db, "carol@icp.example", "Carol Clerk", TenantRole.Clerk, null);
        Max = AddPerson(db, "max@icp.example", "Max Member", TenantRole.Member, null);
        await db.SaveChangesAsync();
    }

    private ActingUser AddPerson(AssuranceDbContext db, string email, string name, TenantRole role, Guid? organisationId)
    {
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true, CreatedAtUtc = Clock.GetUtcNow().UtcDateTime };
        db.Users.Add(user);
        db.TenantMemberships.Add(new TenantMembership
        {
            TenantId = Tenant.TenantId,
            UserId = user.Id,
            CreatedAtUtc = Clock.GetUtcNow().UtcDateTime,
            JoinedAtUtc = Clock.GetUtcNow().UtcDateTime,
            Roles = [new TenantMembershipRole { Role = role }],
            Organisations = organisationId is { } id ? [new TenantMembershipOrganisation { OrganisationId = id }] : [],
        });
        return new ActingUser(user.Id, name);
    }
}

/// <summary>A clock the test sets; its local time zone is UTC so "today" is predictable on any machine.</summary>
public sealed class TestClock(DateOnly today) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = At(today);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Moves to 09:00 on <paramref name="day"/>.</summary>
    public void SetToday(DateOnly day) => Now = At(day);

    public void Advance(TimeSpan by) => Now += by;

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
}
