using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Identity.Configurations;

public sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(AccountsSchema.Invitations);
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Email).HasMaxLength(AccountsSchema.EmailMaxLength).IsRequired();
        builder.Property(i => i.TokenHash).HasMaxLength(AccountsSchema.TokenHashLength).IsRequired();
        builder.HasIndex(i => i.TokenHash).IsUnique().HasDatabaseName(AccountsSchema.InvitationTokenIndex);
        builder.HasIndex(i => i.TenantId).HasDatabaseName(AccountsSchema.InvitationTenantIndex);
        builder.HasIndex(i => i.UserId).HasDatabaseName(AccountsSchema.InvitationUserIndex);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).HasConstraintName(AccountsSchema.InvitationTenantForeignKey);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.UserId).HasConstraintName(AccountsSchema.InvitationUserForeignKey);
    }
}
