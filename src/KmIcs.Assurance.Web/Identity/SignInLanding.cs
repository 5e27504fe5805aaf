using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Web.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace KmIcs.Assurance.Web.Identity;

/// <summary>
/// Where someone goes once signed in: back where they were, else their partnership, else a chooser when they belong to
/// several, else (a platform admin) the tenants page, else their account page.
/// </summary>
public sealed class SignInLanding(TenantAccess tenants, TwoFactorPolicy twoFactor, UserManager<ApplicationUser> users)
{
    public Task<string> GetAsync(ApplicationUser user, string? returnUrl, CancellationToken cancellationToken = default) =>
        GetAsync(user, returnUrl, twoFactorDone: false, cancellationToken);

    /// <param name="user">Who has just signed in.</param>
    /// <param name="returnUrl">Where they were going; followed only when it is a local address.</param>
    /// <param name="twoFactorDone">The identity provider performed multi-factor authentication (a work-account sign-in), so no authenticator app needs setting up.</param>
    /// <param name="cancellationToken">Cancels the look-ups.</param>
    public async Task<string> GetAsync(ApplicationUser user, string? returnUrl, bool twoFactorDone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var target = Links.IsLocal(returnUrl) ? returnUrl! : await DefaultAsync(user, cancellationToken);
        return !twoFactorDone && !user.TwoFactorEnabled && await twoFactor.IsRequiredAsync(user, cancellationToken)
            ? Links.Account.TwoFactor(target)
            : target;
    }

    private async Task<string> DefaultAsync(ApplicationUser user, CancellationToken cancellationToken)
    {
        var memberships = await tenants.ListAsync(user.Id, cancellationToken);
        return memberships.Count switch
        {
            1 => Links.Tenant.Overview(memberships[0].Slug),
            > 1 => Links.Account.Partnerships(),
            _ => await users.IsInRoleAsync(user, TenantRoles.PlatformAdmin) ? Links.Platform.Tenants() : Links.Account.Home(),
        };
    }
}
