using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Identity.Configurations;

public sealed class TenantMembershipRoleConfiguration : IEntityTypeConfiguration<TenantMembershipRole>
{
    public void Configure(EntityTypeBuilder<TenantMembershipRole> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(AccountsSchema.MembershipRoles);
        builder.HasKey(r => new { r.MembershipId, r.Role });
        builder.Property(r => r.Role).HasConversion<string>().HasMaxLength(AccountsSchema.RoleMaxLength);
    }
}
