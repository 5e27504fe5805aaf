using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.DataProtection;

/// <summary>Key material is a secret: the audit log must never hold a copy of it, so this table is not audited.</summary>
public sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(AccountsSchema.DataProtectionKeys);
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.FriendlyName).HasMaxLength(AccountsSchema.FriendlyNameMaxLength);
        builder.Property(k => k.Xml).IsRequired();
        builder.IsNotAudited();
    }
}
