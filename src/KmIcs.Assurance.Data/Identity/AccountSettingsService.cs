using KmIcs.Assurance.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Identity;

/// <summary>
/// The current tenant's account settings (today: whether members with only the ICP member role may sign in without
/// two-factor authentication). A tenant without a settings row has the strict defaults.
/// </summary>
public sealed class AccountSettingsService(AssuranceDbContext db, AuditLog audit)
{
    public async Task<bool> MembersMaySkipTwoFactorAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = RequireTenant();
        return await db.TenantAccountSettings.AsNoTracking()
            .Where(s => s.TenantId == tenantId)
            .Select(s => s.MembersMaySkipTwoFactor)
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Saves the choice; a change (or the first save) is audited with the save, an unchanged choice writes nothing.</summary>
    public async Task SetMembersMaySkipTwoFactorAsync(bool membersMaySkip, CancellationToken cancellationToken = default)
    {
        var tenantId = RequireTenant();
        var settings = await db.TenantAccountSettings.SingleOrDefaultAsync(s => s.TenantId == tenantId, cancellationToken);
        if (settings is null)
        {
            settings = new TenantAccountSettings { TenantId = tenantId };
            db.TenantAccountSettings.Add(settings);
        }
        else if (settings.MembersMaySkipTwoFactor == membersMaySkip)
        {
            return;
        }

        settings.MembersMaySkipTwoFactor = membersMaySkip;
        audit.Add(AuditActions.TwoFactorPolicyChanged, nameof(TenantAccountSettings), tenantId.ToString(),
            membersMaySkip ? "ICP members may sign in without two-factor authentication" : "Everyone must use two-factor authentication");
        await db.SaveChangesAsync(cancellationToken);
    }

    private Guid RequireTenant() =>
        db.CurrentTenant.TenantId ?? throw new InvalidOperationException("Account settings belong to the current tenant; set CurrentTenant first.");
}
