using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Identity;

/// <summary>
/// Identity's EF model depends on <c>IdentityOptions.Stores.SchemaVersion</c>, read from the application's service
/// provider: a context made by the web host and one made by the CLI or a test could otherwise build different
/// models (key column lengths differ between schema versions 1 and 2). Pinning the version-2 shape here makes the
/// model the same however the context is created; the Accounts migration creates exactly this shape.
/// </summary>
public static class IdentitySchema
{
    public const int MaxKeyLength = 128;
    public const int MaxPhoneNumberLength = 256;

    public static void Pin(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Entity<ApplicationUser>().Property(u => u.PhoneNumber).HasMaxLength(MaxPhoneNumberLength);
        builder.Entity<IdentityUserLogin<Guid>>(b =>
        {
            b.Property(l => l.LoginProvider).HasMaxLength(MaxKeyLength);
            b.Property(l => l.ProviderKey).HasMaxLength(MaxKeyLength);
        });
        builder.Entity<IdentityUserToken<Guid>>(b =>
        {
            b.Property(t => t.LoginProvider).HasMaxLength(MaxKeyLength);
            b.Property(t => t.Name).HasMaxLength(MaxKeyLength);
        });
    }
}
