using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KmIcs.Assurance.Cli.Commands;

/// <summary>
/// The account services (Identity's user manager, memberships, invitations) for the account commands, on the
/// database the command line names. Audit rows record the command as the actor, e.g. "cli create-user".
/// </summary>
internal sealed class AccountServices : IAsyncDisposable
{
    private readonly ServiceProvider root;
    private readonly AsyncServiceScope scope;

    private AccountServices(ServiceProvider root)
    {
        this.root = root;
        scope = root.CreateAsyncScope();
    }

    public IServiceProvider Services => scope.ServiceProvider;

    public AssuranceDbContext Db => Services.GetRequiredService<AssuranceDbContext>();

    /// <summary>Migrates the database (so a first command on an empty one works), then builds the services.</summary>
    public static async Task<AccountServices> OpenAsync(DatabaseConnection connection, string command, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddScoped<CurrentTenant>();
        services.AddScoped(_ => CurrentActor.System($"cli {command}"));
        services.AddDbContext<AssuranceDbContext>(builder => builder.UseAssuranceDatabase(connection));
        // Accounts__* environment variables apply here as in the web host (invitation lifetime, password length).
        services.AddAssuranceAccounts(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        var opened = new AccountServices(services.BuildServiceProvider());
        await opened.Db.Database.MigrateAsync(cancellationToken);
        return opened;
    }

    /// <summary>Finds the tenant by slug and makes it the current tenant of this unit of work.</summary>
    public async Task<Tenant?> UseTenantAsync(string slug, CancellationToken cancellationToken)
    {
        var wanted = slug.Trim().ToLowerInvariant();
        var tenant = await Db.Set<Tenant>().SingleOrDefaultAsync(t => t.Slug == wanted, cancellationToken);
        if (tenant is not null)
        {
            Db.CurrentTenant.Set(tenant.Id, tenant.Slug);
        }

        return tenant;
    }

    /// <summary>Resolves organisation names (name, short name or alias) in the current tenant; unknown names are returned.</summary>
    public async Task<(List<Guid> Ids, List<string> Unknown)> OrganisationsAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var organisations = await Db.Set<Organisation>().Include(o => o.Aliases).ToListAsync(cancellationToken);
        var ids = new List<Guid>();
        var unknown = new List<string>();
        foreach (var name in names)
        {
            var match = organisations.Find(o => o.IsKnownAs(name));
            if (match is null)
            {
                unknown.Add(name);
            }
            else
            {
                ids.Add(match.Id);
            }
        }

        return (ids, unknown);
    }

    public static bool TryParseRoles(IEnumerable<string> names, out List<TenantRole> roles, out bool platformAdmin, out List<string> unknown)
    {
        roles = [];
        unknown = [];
        platformAdmin = false;
        foreach (var name in names)
        {
            if (string.Equals(name, TenantRoles.PlatformAdmin, StringComparison.OrdinalIgnoreCase))
            {
                platformAdmin = true;
            }
            else if (TenantRoles.TryParse(name, out var role))
            {
                roles.Add(role.Value);
            }
            else
            {
                unknown.Add(name);
            }
        }

        return unknown.Count == 0;
    }

    public async ValueTask DisposeAsync()
    {
        await scope.DisposeAsync();
        await root.DisposeAsync();
    }
}
