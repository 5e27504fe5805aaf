using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Identity.Configurations;

public sealed class TenantMembershipConfiguration : IEntityTypeConfiguration<TenantMembership>
{
    public void Configure(EntityTypeBuilder<TenantMembership> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(AccountsSchema.Memberships);
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        // The default only lets the migration add the column to existing rows (SQLite cannot drop a column default
        // without rebuilding the table); the portal always writes the value itself.
        builder.Property(m => m.Version).IsConcurrencyToken().HasDefaultValue(0).ValueGeneratedNever();
        builder.HasIndex(m => new { m.TenantId, m.UserId }).IsUnique().HasDatabaseName(AccountsSchema.MembershipTenantUserIndex);
        builder.HasIndex(m => m.UserId).HasDatabaseName(AccountsSchema.MembershipUserIndex);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).HasConstraintName(AccountsSchema.MembershipTenantForeignKey);
        builder.HasOne(m => m.User).WithMany().HasForeignKey(m => m.UserId).HasConstraintName(AccountsSchema.MembershipUserForeignKey);
        builder.HasMany(m => m.Roles).WithOne().HasForeignKey(r => r.MembershipId).HasConstraintName(AccountsSchema.MembershipRoleMembershipForeignKey);
        builder.HasMany(m => m.Organisations).WithOne().HasForeignKey(o => o.MembershipId).HasConstraintName(AccountsSchema.MembershipOrganisationMembershipForeignKey);
    }
}
