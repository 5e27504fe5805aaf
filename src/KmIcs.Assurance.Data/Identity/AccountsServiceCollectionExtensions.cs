using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KmIcs.Assurance.Data.Identity;

public static class AccountsServiceCollectionExtensions
{
    /// <summary>The data-protection application name: cookies and tokens are readable by every instance that shares it.</summary>
    public const string ApplicationName = "KmIcs.Assurance";

    /// <summary>
    /// ASP.NET Core Identity on <see cref="AssuranceDbContext"/> (users, the platform-admin role, token providers), the
    /// account services, and data-protection keys kept in the database. Shared by the web host and the CLI; the web
    /// host adds sign-in and cookies on top.
    /// </summary>
    public static IdentityBuilder AddAssuranceAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var accounts = configuration.GetSection(AccountOptions.SectionName).Get<AccountOptions>() ?? new AccountOptions();
        services.TryAddSingleton(accounts);
        services.TryAddSingleton(TimeProvider.System);

        // The key ring is in the portal's database, so every instance reads the same cookies and links (docs/adr/0009).
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToDbContext<AssuranceDbContext>();

        services.AddScoped<InvitationService>();
        services.AddScoped<WorkAccountService>();
        services.AddScoped<MembershipService>();
        services.AddScoped<TwoFactorPolicy>();
        services.AddScoped<AccountSettingsService>();
        services.AddScoped<Auditing.AuditLog>();
        services.AddScoped<Auditing.AuditQuery>();
        services.AddScoped<Organisations.OrganisationAdministration>();

        return services
            .AddIdentityCore<ApplicationUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Password.RequiredLength = accounts.MinimumPasswordLength;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = accounts.LockoutAttempts;
                options.Lockout.DefaultLockoutTimeSpan = accounts.LockoutDuration;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<AssuranceDbContext>()
            .AddDefaultTokenProviders();
    }
}
