using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Caching;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Testing.Web;

/// <summary>
/// Accounts for HTTP and browser tests: partnerships, users with roles and a known authenticator key, a clock the
/// test can move, a mail folder of its own, and settings a test class can override before first use.
/// </summary>
public partial class PortalFactory
{
    private readonly string mailFolder = Path.Combine(Path.GetTempPath(), $"kmics-mail-{Guid.NewGuid():N}");

    /// <summary>Configuration for this host, applied over the defaults (set in a derived fixture's constructor).</summary>
    public Dictionary<string, string?> Settings { get; } = new()
    {
        // Tests sign in hundreds of times from one address; the rate limit has its own test with a low limit.
        ["Accounts:SignInPostsPerMinute"] = "100000",
        // The reminder job would run on its own timer; tests run it when they mean to (ReminderRun.RunOnceAsync).
        ["Reminders:Enabled"] = "false",
        // Links in emails come from here, never from the request (Mailbox.LatestLink keeps only their path).
        ["Email:PublicBaseUrl"] = PublicBaseUrl,
    };

    /// <summary>The address links in the test host's emails start with.</summary>
    public const string PublicBaseUrl = "https://portal.test";

    /// <summary>The portal's clock: starts at the real time; tests move it forward to expire invitations.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>The pickup folder the portal writes emails to.</summary>
    public Mailbox Mail => new(mailFolder);

    private void DeleteMailFolder()
    {
        if (Directory.Exists(mailFolder))
        {
            Directory.Delete(mailFolder, recursive: true);
        }
    }

    private void ConfigureAccounts(IWebHostBuilder builder)
    {
        builder.UseSetting("Email:PickupDirectory", mailFolder);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A new partnership with one organisation per name given.</summary>
    public async Task<TestTenant> CreateTenantAsync(string slug, params string[] organisations)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssuranceDbContext>();
        var tenant = new Tenant { Slug = slug, Name = $"Partnership {slug}", CreatedAt = Clock.GetUtcNow() };
        db.Set<Tenant>().Add(tenant);
        await db.SaveChangesAsync();
        db.CurrentTenant.Set(tenant.Id, tenant.Slug);
        var rows = organisations.Select(name => new Organisation { Name = name, ShortName = name, Kind = default }).ToList();
        db.Set<Organisation>().AddRange(rows);
        await db.SaveChangesAsync();
        return new TestTenant(tenant.Id, slug, tenant.Name, rows.ToDictionary(o => o.Name, o => o.Id));
    }

    /// <summary>A partnership the portal seeded on start (the real Kent and Medway data), with its organisations by name.</summary>
    public async Task<TestTenant> SeededTenantAsync(string slug)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AssuranceDbContext>();
        var tenant = await db.Set<Tenant>().SingleAsync(t => t.Slug == slug);
        db.CurrentTenant.Set(tenant.Id, tenant.Slug);
        var organisations = await db.Set<Organisation>().ToDictionaryAsync(o => o.Name, o => o.Id);
        return new TestTenant(tenant.Id, slug, tenant.Name, organisations);
    }

    /// <summary>
    /// A user who can sign in: a password, confirmed email, two-factor on with a known key (unless
    /// <paramref name="twoFactor"/> is false), and a membership of <paramref name="tenant"/> with the roles given.
    /// </summary>
    public async Task<TestUser> CreateUserAsync(TestTenant? tenant, IReadOnlyCollection<TenantRole> roles, IReadOnlyCollection<string>? organisations = null, bool twoFactor = true, bool platformAdmin = false, string? email = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AssuranceDbContext>();
        var users = provider.GetRequiredService<UserManager<ApplicationUser>>();
        var memberships = provider.GetRequiredService<MembershipService>();
        email ??= $"user-{Guid.NewGuid():N}@example.org";
        var password = $"Pw-{Guid.NewGuid():N}";
        var created = await memberships.CreateUserAsync(email, $"Test {string.Join(" ", roles)}", password);
        var user = created.Value ?? throw new InvalidOperationException(string.Join("; ", created.Errors));
        string? key = null;
        if (twoFactor)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        if (platformAdmin)
        {
            await PlatformAdmins.GrantAsync(provider, user);
        }

        Guid? membershipId = null;
        if (tenant is not null)
        {
            db.CurrentTenant.Set(tenant.Id, tenant.Slug);
            var orgIds = (organisations ?? []).Select(name => tenant.Organisations[name]).ToList();
            var membership = await memberships.AddMembershipAsync(user, roles, orgIds, joined: true);
            membershipId = membership.Value?.Id ?? throw new InvalidOperationException(string.Join("; ", membership.Errors));
        }

        return new TestUser(user.Id, email, password, key, membershipId);
    }

    /// <summary>Makes an existing test user a member of another partnership too, as an operator would (joined at once).</summary>
    public async Task AddMembershipAsync(TestTenant tenant, TestUser user, IReadOnlyCollection<TenantRole> roles)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(user);
        await using var scope = Services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        provider.GetRequiredService<AssuranceDbContext>().CurrentTenant.Set(tenant.Id, tenant.Slug);
        var account = await provider.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(user.Id.ToString())
            ?? throw new InvalidOperationException($"No account {user.Email}.");
        var added = await provider.GetRequiredService<MembershipService>().AddMembershipAsync(account, roles, [], joined: true);
        if (!added.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", added.Errors));
        }
    }

    /// <summary>
    /// A commitment led by the named organisations under outcome 1 of the tenant's current strategy, created with its
    /// strategy, outcome and priority the first time; returns the commitment's id.
    /// </summary>
    public async Task<Guid> CreateCommitmentAsync(TestTenant tenant, params string[] leadOrganisations)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        await using var db = CreateContext(tenant);
        var priority = await db.Set<Priority>().FirstOrDefaultAsync(p => db.Set<Outcome>().Any(o => o.Id == p.OutcomeId && o.Number == "1"));
        if (priority is null)
        {
            var strategy = new Strategy { Title = "Shared Delivery Plan", DocumentVersion = "v1", PeriodStart = 2024, PeriodEnd = 2026, IsCurrent = true };
            var outcome = new Outcome { StrategyId = strategy.Id, Number = "1", Title = "Every child has the best start in life" };
            priority = new Priority { OutcomeId = outcome.Id, Title = "Together we will support families" };
            outcome.Priorities.Add(priority);
            strategy.Outcomes.Add(outcome);
            db.Add(strategy);
        }

        var commitment = new Commitment { PriorityId = priority.Id, Text = "Open family hubs" };
        commitment.LeadBodies.AddRange(leadOrganisations.Select(name => new CommitmentLeadBody { CommitmentId = commitment.Id, OrganisationId = tenant.Organisations[name] }));
        db.Add(commitment);
        await db.SaveChangesAsync();
        return commitment.Id;
    }

    /// <summary>An indicator of outcome 1 (which <see cref="CreateCommitmentAsync"/> creates) with one value, so its pages have content; returns the indicator's id.</summary>
    public async Task<Guid> CreateIndicatorAsync(TestTenant tenant, string reference)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        await using var db = CreateContext(tenant);
        var outcome = await db.Set<Outcome>().SingleAsync(o => o.Number == "1");
        var indicator = new Indicator { Ref = reference, Statement = "Children ready for school", OutcomeId = outcome.Id, Polarity = Polarity.HigherIsBetter };
        indicator.Geographies.Add(new IndicatorGeography { IndicatorId = indicator.Id, Name = "Kent" });
        indicator.Values.Add(new IndicatorValue { IndicatorId = indicator.Id, Period = ReportingPeriod.Parse("2022/23"), Geography = "Kent", Value = 65.8m });
        db.Add(indicator);
        await db.SaveChangesAsync();
        return indicator.Id;
    }

    /// <summary>A new context on the portal's database acting for <paramref name="tenant"/> (or no tenant).</summary>
    public AssuranceDbContext CreateContext(TestTenant? tenant = null)
    {
        var current = new CurrentTenant();
        if (tenant is not null)
        {
            current.Set(tenant.Id, tenant.Slug);
        }

        return Database.Connection.CreateContext(current, Services.GetRequiredService<TenantDataVersions>());
    }

    /// <summary>Audit rows, newest first, read past the tenant filter (the log is not tenant-filtered).</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync()
    {
        await using var db = CreateContext();
        return (await db.AuditEntries.AsNoTracking().ToListAsync()).OrderByDescending(a => a.OccurredAtUtc).ThenByDescending(a => a.Id).ToList();
    }
}

public sealed record TestTenant(Guid Id, string Slug, string Name, IReadOnlyDictionary<string, Guid> Organisations);

public sealed record TestUser(Guid Id, string Email, string Password, string? AuthenticatorKey, Guid? MembershipId);
