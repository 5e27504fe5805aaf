using KmIcs.Assurance.Domain.Conflicts;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Conflicts;

public sealed class SeedConflictConfiguration : IEntityTypeConfiguration<SeedConflict>
{
    public void Configure(EntityTypeBuilder<SeedConflict> builder)
    {
        builder.ToTable("SeedConflicts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Subject).HasMaxLength(SchemaLimits.Statement);
        builder.Property(c => c.Field).HasMaxLength(SchemaLimits.Name);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Values).WithOne().HasForeignKey(v => v.SeedConflictId).OnDelete(DeleteBehavior.Cascade);
    }
}
