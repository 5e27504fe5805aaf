using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Testing.Web;
using KmIcs.Assurance.Testing.Web.WorkAccounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Web.Tests.Accounts;

/// <summary>
/// The portal on Kestrel with work-account sign-in configured as a multi-tenant Entra app registration
/// (<c>organizations</c>) that trusts two partner tenants, against a <see cref="TestEntraServer"/> of its own.
/// </summary>
public sealed class WorkAccountsFixture : PortalFactory
{
    public static readonly Guid KentTenant = Guid.Parse("6a7e9a57-1b0c-4b35-9d0e-6f1f6b0e5a01");
    public static readonly Guid MedwayTenant = Guid.Parse("0d6cf1c4-2f7d-4c8e-8a63-2b6c0f0e5a02");
    public static readonly Guid UntrustedTenant = Guid.Parse("c3b1e7f0-9a4d-4d0b-b5a4-7e2f1c0e5a03");

    public WorkAccountsFixture() => UseRealServer = true;

    public TestEntraServer Entra { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        Entra = await TestEntraServer.StartAsync();
        Settings["AzureAd:Instance"] = Entra.Instance.AbsoluteUri;
        Settings["AzureAd:TenantId"] = "organizations";
        Settings["AzureAd:ClientId"] = TestEntraServer.ClientId;
        Settings["AzureAd:ClientSecret"] = TestEntraServer.ClientSecret;
        Settings["AzureAd:CallbackPath"] = "/signin-oidc";
        Settings["AzureAd:TrustedTenantIds:0"] = KentTenant.ToString();
        Settings["AzureAd:TrustedTenantIds:1"] = MedwayTenant.ToString();
        // The test provider is plain http; allowed in the Testing environment only.
        Settings["AzureAd:RequireHttpsMetadata"] = "false";
        await base.InitializeAsync();
        Entra.RedirectUri = new Uri(ServerAddress, "/signin-oidc");
    }

    /// <summary>Invites <paramref name="email"/> to <paramref name="tenant"/> as an admin would; nobody has accepted yet.</summary>
    public async Task InviteAsync(TestTenant tenant, string email, params TenantRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Data.AssuranceDbContext>().CurrentTenant.Set(tenant.Id, tenant.Slug);
        var invited = await scope.ServiceProvider.GetRequiredService<InvitationService>().InviteAsync(email, "Alex Example", roles, []);
        Assert.True(invited.Succeeded, string.Join("; ", invited.Errors));
    }

    /// <summary>The work-account logins linked to the account with <paramref name="email"/> (none when there is no account).</summary>
    public async Task<IReadOnlyList<UserLoginInfo>> LoginsOfAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.FindByEmailAsync(email) is { } user ? [.. await users.GetLoginsAsync(user)] : [];
    }

    public async Task<bool> AccountExistsAsync(string email)
    {
        await using var db = CreateContext();
        var normalised = email.ToUpperInvariant();
        return await db.Users.AnyAsync(u => u.NormalizedEmail == normalised);
    }

    public async Task<Invitation> InvitationOfAsync(string email)
    {
        await using var db = CreateContext();
        return await db.Invitations.AsNoTracking().SingleAsync(i => i.Email == email);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Entra is not null)
        {
            await Entra.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
