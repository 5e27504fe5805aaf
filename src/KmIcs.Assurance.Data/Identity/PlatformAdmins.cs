using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Data.Identity;

/// <summary>The one global role: <c>platform-admin</c>, an Identity role created on first use.</summary>
public static class PlatformAdmins
{
    public static async Task GrantAsync(IServiceProvider services, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(user);
        var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        if (!await roles.RoleExistsAsync(TenantRoles.PlatformAdmin))
        {
            await roles.CreateAsync(new IdentityRole<Guid>(TenantRoles.PlatformAdmin) { Id = Guid.CreateVersion7() });
        }

        // The user may come from another unit of work: use this one's copy, or Identity's update would track two.
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var tracked = await users.FindByIdAsync(user.Id.ToString()) ?? throw new InvalidOperationException($"No user {user.Id}.");
        await users.AddToRoleAsync(tracked, TenantRoles.PlatformAdmin);
    }
}
