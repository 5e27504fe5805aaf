using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity.Configurations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.DataProtection;

/// <summary>
/// The data-protection key ring, stored by Microsoft.AspNetCore.DataProtection.EntityFrameworkCore in its own entity
/// (docs/adr/0009). Key material is a secret: the audit log must never hold a copy of it, so this table is not audited.
/// It belongs to no tenant (every partnership's cookies and links are protected with the same keys), so it has no
/// tenant filter.
/// </summary>
public sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(AccountsSchema.DataProtectionKeys);
        builder.HasKey(k => k.Id);
        builder.Property(k => k.FriendlyName).HasMaxLength(AccountsSchema.FriendlyNameMaxLength);
        builder.Property(k => k.Xml).IsRequired();
        builder.IsNotAudited();
    }
}
