using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Strategies;

public sealed class StrategyConfiguration : IEntityTypeConfiguration<Strategy>
{
    public void Configure(EntityTypeBuilder<Strategy> builder)
    {
        builder.ToTable("Strategies");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Title).HasMaxLength(SchemaLimits.Name);
        builder.Property(s => s.DocumentVersion).HasMaxLength(SchemaLimits.Name);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Outcomes).WithOne().HasForeignKey(o => o.StrategyId).OnDelete(DeleteBehavior.Cascade);
    }
}
