using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Tenancy;
using KmIcs.Assurance.Testing.Accounts;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Cli.Tests;

/// <summary>Bootstrapping a deployment from the command line: create-tenant, create-user, invite.</summary>
public class AccountCommandTests
{
    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(TestDatabase database, string? stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var input = new StringReader(stdin ?? "");
        var exitCode = await CliApplication.RunAsync(
            [.. args, "--provider", database.Provider.ToString(), "--connection", database.Connection.ConnectionString], output, error, input);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static async Task AddOrganisationAsync(TestDatabase database, string slug, string name, string shortName)
    {
        await using var lookup = database.CreateContext();
        var tenant = await lookup.Set<Tenant>().SingleAsync(t => t.Slug == slug);
        var current = new CurrentTenant();
        current.Set(tenant.Id, slug);
        await using var db = database.CreateContext(current);
        db.Add(new Organisation { Name = name, ShortName = shortName, Kind = OrganisationKind.UpperTierCouncil });
        await db.SaveChangesAsync();
    }

    [Theory, BothDatabases]
    public async Task Create_tenant_then_create_user_gives_a_lead_partner_who_can_complete_two_factor_sign_in(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var tenant = await RunAsync(database, null, "create-tenant", "--slug", "kent-medway", "--name", "Kent and Medway ICP");
        await AddOrganisationAsync(database, "kent-medway", "Kent County Council", "KCC");
        var user = await RunAsync(database, "a long enough password\n",
            "create-user", "--tenant", "kent-medway", "--email", "lead@example.org", "--role", "lead-partner", "--organisation", "KCC", "--password-stdin");

        Assert.True(tenant.ExitCode == 0, tenant.Error);
        Assert.Contains("Created tenant kent-medway", tenant.Output, StringComparison.Ordinal);
        Assert.True(user.ExitCode == 0, user.Error);
        var key = user.Output.Split('\n').Single(l => l.StartsWith("TOTP setup key: ", StringComparison.Ordinal))["TOTP setup key: ".Length..].Trim();
        await using var db = database.CreateContext();
        var account = await db.Users.SingleAsync(u => u.Email == "lead@example.org");
        Assert.True(account.TwoFactorEnabled);
        Assert.True(account.EmailConfirmed);
        var membership = await db.TenantMemberships.Include(m => m.Roles).Include(m => m.Organisations).SingleAsync(m => m.UserId == account.Id);
        Assert.Equal([TenantRole.LeadPartner], membership.Roles.Select(r => r.Role));
        Assert.Single(membership.Organisations);
        var tokens = await db.UserTokens.SingleAsync(t => t.UserId == account.Id && t.Name == "AuthenticatorKey");
        Assert.Equal(key, tokens.Value);
        Assert.Equal(6, Totp.Code(key).Length);
        Assert.Contains(await db.AuditEntries.ToListAsync(), a => a.UserName == "cli create-user" && a.EntityType == nameof(TenantMembership));
        Assert.DoesNotContain("a long enough password", user.Output, StringComparison.Ordinal);
    }

    [Theory, BothDatabases]
    public async Task Create_user_can_make_a_platform_admin_without_a_tenant(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await RunAsync(database, "platform admin password\n", "create-user", "--email", "ops@example.org", "--role", "platform-admin", "--password-stdin");

        Assert.True(result.ExitCode == 0, result.Error);
        await using var db = database.CreateContext();
        var role = await db.Roles.SingleAsync(r => r.Name == TenantRoles.PlatformAdmin);
        var user = await db.Users.SingleAsync(u => u.Email == "ops@example.org");
        Assert.True(await db.UserRoles.AnyAsync(r => r.RoleId == role.Id && r.UserId == user.Id));
    }

    [Theory, BothDatabases]
    public async Task Invite_prints_a_single_use_link_for_the_tenant(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RunAsync(database, null, "create-tenant", "--slug", "demo", "--name", "Demo Partnership");

        var result = await RunAsync(database, null, "invite", "--tenant", "demo", "--email", "clerk@example.org", "--role", "clerk", "--base-url", "https://portal.example.org/");

        Assert.True(result.ExitCode == 0, result.Error);
        var link = result.Output.Split('\n').Single(l => l.StartsWith("https://portal.example.org/account/invitation?token=", StringComparison.Ordinal)).Trim();
        var token = link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..];
        await using var db = database.CreateContext();
        var invitation = await db.Invitations.SingleAsync();
        Assert.Equal(InvitationService.Hash(token), invitation.TokenHash);
        Assert.Null(await db.Users.Where(u => u.Email == "clerk@example.org").Select(u => u.PasswordHash).SingleAsync());
    }

    [Theory]
    [InlineData("create-user", "--tenant", "demo", "--email", "x@example.org", "--role", "wizard", "--password-stdin")]
    [InlineData("invite", "--tenant", "nowhere", "--email", "x@example.org", "--role", "member")]
    [InlineData("create-user", "--tenant", "demo", "--email", "x@example.org", "--role", "lead-partner", "--organisation", "Atlantis", "--password-stdin")]
    public async Task Bad_input_is_refused_with_a_message_and_a_non_zero_exit_code(params string[] args)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await RunAsync(database, null, "create-tenant", "--slug", "demo", "--name", "Demo Partnership");

        var result = await RunAsync(database, "some password here\n", args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }
}
