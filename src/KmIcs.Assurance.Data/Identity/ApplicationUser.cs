using Microsoft.AspNetCore.Identity;

namespace KmIcs.Assurance.Data.Identity;

/// <summary>
/// A person who can sign in. What they may do is not on the user: it comes from their <see cref="TenantMembership"/>
/// rows (roles per tenant), read on every request, and from the global <c>platform-admin</c> Identity role.
/// </summary>
public class ApplicationUser : IdentityUser<Guid>
{
    public ApplicationUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    /// <summary>The name shown in the header, member lists and the audit log.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>A deactivated user cannot sign in, and a signed-in one is signed out on their next request.</summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }
}
