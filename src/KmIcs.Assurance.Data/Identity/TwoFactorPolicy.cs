using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Identity;

/// <summary>
/// Decides whether an account must use two-factor authentication. Always, when <see cref="AccountOptions.RequireTwoFactor"/>
/// is on, except for someone whose only role in every partnership they belong to is member (viewer) and every one of
/// those partnerships has chosen <see cref="TenantAccountSettings.MembersMaySkipTwoFactor"/>. Platform admins always.
/// </summary>
public sealed class TwoFactorPolicy(AssuranceDbContext db, UserManager<ApplicationUser> users, AccountOptions options)
{
    public async Task<bool> IsRequiredAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!options.RequireTwoFactor)
        {
            return false;
        }

        if (await users.IsInRoleAsync(user, TenantRoles.PlatformAdmin))
        {
            return true;
        }

        var memberships = await db.TenantMemberships
            .Where(m => m.UserId == user.Id && m.IsActive)
            .Select(m => new
            {
                OnlyMember = m.Roles.All(r => r.Role == TenantRole.Member),
                Relaxed = db.TenantAccountSettings.Any(s => s.TenantId == m.TenantId && s.MembersMaySkipTwoFactor),
            })
            .ToListAsync(cancellationToken);
        return memberships.Count == 0 || memberships.Exists(m => !m.OnlyMember || !m.Relaxed);
    }
}
