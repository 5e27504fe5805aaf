using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Web.Tenancy;

namespace KmIcs.Assurance.Web.Identity;

/// <summary>Where someone goes once signed in: back where they were, else their partnership, else their account page.</summary>
public sealed class SignInLanding(TenantAccess tenants, TwoFactorPolicy twoFactor)
{
    public async Task<string> GetAsync(ApplicationUser user, string? returnUrl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var target = Links.IsLocal(returnUrl) ? returnUrl! : await DefaultAsync(user.Id, cancellationToken);
        return !user.TwoFactorEnabled && await twoFactor.IsRequiredAsync(user, cancellationToken)
            ? Links.Account.TwoFactor(target)
            : target;
    }

    private async Task<string> DefaultAsync(Guid userId, CancellationToken cancellationToken)
    {
        var memberships = await tenants.ListAsync(userId, cancellationToken);
        return memberships.Count == 1 ? Links.Tenant.Overview(memberships[0].Slug) : Links.Account.Home();
    }
}
