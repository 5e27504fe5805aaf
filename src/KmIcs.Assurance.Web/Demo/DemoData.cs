using System.Security.Cryptography;
using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Web.Demo;

/// <summary>
/// The local demo (<c>Demo:Enabled</c>): a second, small partnership with a one-commitment strategy, and one user per
/// role with a generated password printed once to the console when they are created. Runs after the seed import, so
/// the users also join the Kent and Medway tenant (its lead partner for Kent County Council). Never in the repository:
/// passwords exist only in the console output of the first start.
/// </summary>
public sealed partial class DemoData(IServiceScopeFactory scopes, DemoOptions options, DemoOutput output, ILogger<DemoData> logger)
{
    public const string TenantSlug = "demo";
    public const string TenantName = "Demo Health and Care Partnership";
    public const string EmailDomain = "demo.example";
    public const string DemoOrganisation = "Demo County Council";

    public static string EmailOf(string role) => $"{role}@{EmailDomain}";

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Enabled)
        {
            return;
        }

        var demoTenant = await EnsureDemoTenantAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync(EmailOf(TenantRoles.PlatformAdmin)) is not null)
        {
            return;
        }

        var seeded = await FindTenantAsync(options.SeededTenantSlug, cancellationToken);
        var created = new List<(string Email, string Password)>();
        foreach (var role in TenantRoles.AllNames)
        {
            var password = NewPassword();
            var user = await CreateUserAsync(role, password, cancellationToken);
            if (TenantRoles.TryParse(role, out var tenantRole))
            {
                foreach (var tenant in new[] { seeded, demoTenant }.OfType<Tenant>())
                {
                    await JoinAsync(user, tenant, tenantRole.Value, cancellationToken);
                }
            }
            else
            {
                await using var roleScope = scopes.CreateAsyncScope();
                await PlatformAdmins.GrantAsync(roleScope.ServiceProvider, user);
            }

            created.Add((user.Email!, password));
        }

        await PrintAsync(created, seeded);
        LogCreated(logger, created.Count);
    }

    private async Task<Tenant> EnsureDemoTenantAsync(CancellationToken cancellationToken)
    {
        if (await FindTenantAsync(TenantSlug, cancellationToken) is { } existing)
        {
            return existing;
        }

        await using (var scope = Scope(out var _))
        {
            var result = await scope.ServiceProvider.GetRequiredService<MembershipService>().CreateTenantAsync(TenantSlug, TenantName, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("The demo tenant could not be created: " + string.Join("; ", result.Errors.Select(e => e.Message)));
            }
        }

        var tenant = (await FindTenantAsync(TenantSlug, cancellationToken))!;
        await using var tenantScope = Scope(out var db);
        db.CurrentTenant.Set(tenant.Id, tenant.Slug);
        var organisation = new Organisation { Name = DemoOrganisation, ShortName = "DCC", Kind = OrganisationKind.UpperTierCouncil };
        var strategy = new Strategy
        {
            Title = "Demo Integrated Care Strategy",
            DocumentVersion = "demo",
            PeriodStart = 2024,
            PeriodEnd = 2026,
            Vision = "Healthier lives for everyone in the demo county.",
            IsCurrent = true,
        };
        var outcome = new Outcome { StrategyId = strategy.Id, Number = "1", Kind = OutcomeKind.SharedOutcome, Title = "Give children and young people the best start in life", DisplayOrder = 1 };
        var priority = new Priority { OutcomeId = outcome.Id, Title = "Together we will support families in the first 1,001 days", DisplayOrder = 1 };
        var commitment = new Commitment { PriorityId = priority.Id, Text = "Open a family hub in every district", DisplayOrder = 1, Source = "Demo data" };
        commitment.LeadBodies.Add(new CommitmentLeadBody { CommitmentId = commitment.Id, OrganisationId = organisation.Id });
        priority.Commitments.Add(commitment);
        outcome.Priorities.Add(priority);
        strategy.Outcomes.Add(outcome);
        db.AddRange(organisation, strategy);
        await db.SaveChangesAsync(cancellationToken);
        return tenant;
    }

    private async Task<ApplicationUser> CreateUserAsync(string role, string password, CancellationToken cancellationToken)
    {
        await using var scope = Scope(out var _);
        var result = await scope.ServiceProvider.GetRequiredService<MembershipService>()
            .CreateUserAsync(EmailOf(role), $"Demo {role}", password, cancellationToken);
        return result.Value ?? throw new InvalidOperationException("A demo user could not be created: " + string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    private async Task JoinAsync(ApplicationUser user, Tenant tenant, TenantRole role, CancellationToken cancellationToken)
    {
        await using var scope = Scope(out var db);
        db.CurrentTenant.Set(tenant.Id, tenant.Slug);
        var organisations = new List<Guid>();
        if (role == TenantRole.LeadPartner)
        {
            var candidates = await db.Set<Organisation>().Include(o => o.Aliases).ToListAsync(cancellationToken);
            var lead = candidates.Find(o => o.ShortName == "KCC" || o.Name == "Kent County Council")
                ?? candidates.Find(o => o.Name == DemoOrganisation)
                ?? candidates.OrderBy(o => o.Name, StringComparer.Ordinal).FirstOrDefault();
            if (lead is null)
            {
                // A lead partner acts for an organisation; a partnership whose seed has none yet gets no demo lead partner.
                return;
            }

            organisations.Add(lead.Id);
        }

        var joined = await scope.ServiceProvider.GetRequiredService<MembershipService>()
            .AddMembershipAsync(user, [role], organisations, joined: true, cancellationToken);
        if (!joined.Succeeded)
        {
            throw new InvalidOperationException($"Demo user {user.Email} could not join {tenant.Slug}: " + string.Join("; ", joined.Errors.Select(e => e.Message)));
        }
    }

    private async Task<Tenant?> FindTenantAsync(string slug, CancellationToken cancellationToken)
    {
        await using var scope = Scope(out var db);
        return await db.Set<Tenant>().AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, cancellationToken);
    }

    private AsyncServiceScope Scope(out AssuranceDbContext db)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().Set(null, "demo data");
        db = scope.ServiceProvider.GetRequiredService<AssuranceDbContext>();
        return scope;
    }

    private async Task PrintAsync(IReadOnlyList<(string Email, string Password)> created, Tenant? seeded)
    {
        var writer = output.Writer;
        await writer.WriteLineAsync();
        await writer.WriteLineAsync("==================== Demo users (shown once: copy them now) ====================");
        await writer.WriteLineAsync($"Partnerships: /{TenantSlug} ({TenantName}){(seeded is null ? "" : $" and /{seeded.Slug} ({seeded.Name})")}");
        foreach (var (email, password) in created)
        {
            await writer.WriteLineAsync($"  {email,-34} {password}");
        }

        await writer.WriteLineAsync("Sign in at /account/sign-in. To see them again, delete the database and start again.");
        await writer.WriteLineAsync("================================================================================");
        await writer.WriteLineAsync();
        await writer.FlushAsync();
    }

    /// <summary>Four groups of four letters and digits, easy to type and about 80 bits of entropy.</summary>
    private static string NewPassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        var characters = Enumerable.Range(0, 16).Select(_ => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]).ToArray();
        return string.Join('-', characters.Chunk(4).Select(c => new string(c)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data: {Count} demo users created; their passwords were printed to the console")]
    private static partial void LogCreated(ILogger logger, int count);
}
