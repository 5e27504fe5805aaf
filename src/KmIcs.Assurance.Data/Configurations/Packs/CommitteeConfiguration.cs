using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Packs;

public sealed class CommitteeConfiguration : IEntityTypeConfiguration<Committee>
{
    public void Configure(EntityTypeBuilder<Committee> builder)
    {
        builder.ToTable("Committees");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(SchemaLimits.Name);
        builder.Property(c => c.Description).HasMaxLength(SchemaLimits.Comment);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.TenantId, c.Name }).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Meetings).WithOne(m => m.Committee).HasForeignKey(m => m.CommitteeId).OnDelete(DeleteBehavior.Cascade);
    }
}
