using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Identity.Configurations;

public sealed class TenantAccountSettingsConfiguration : IEntityTypeConfiguration<TenantAccountSettings>
{
    public void Configure(EntityTypeBuilder<TenantAccountSettings> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(AccountsSchema.TenantAccountSettings);
        builder.HasKey(s => s.TenantId);
        builder.Property(s => s.TenantId).ValueGeneratedNever();
        builder.HasOne<Tenant>().WithOne().HasForeignKey<TenantAccountSettings>(s => s.TenantId).HasConstraintName(AccountsSchema.TenantAccountSettingsTenantForeignKey);
    }
}
