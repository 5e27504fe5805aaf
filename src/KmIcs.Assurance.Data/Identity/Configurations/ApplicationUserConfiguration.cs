using KmIcs.Assurance.Data.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Identity.Configurations;

/// <summary>Our columns on Identity's AspNetUsers table, and which of its columns the audit log must not copy.</summary>
public sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(u => u.DisplayName).HasMaxLength(AccountsSchema.DisplayNameMaxLength).IsRequired();
        builder.Property(u => u.IsActive).IsRequired();
        builder.Property(u => u.PasswordHash).IsRedactedInAudit();
        builder.Property(u => u.SecurityStamp).IsRedactedInAudit();
        builder.Property(u => u.ConcurrencyStamp).IsRedactedInAudit();
    }
}
