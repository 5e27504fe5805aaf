using KmIcs.Assurance.Domain.Strategies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Strategies;

public sealed class OutcomeConfiguration : IEntityTypeConfiguration<Outcome>
{
    public void Configure(EntityTypeBuilder<Outcome> builder)
    {
        builder.ToTable("Outcomes");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Number).HasMaxLength(SchemaLimits.Number);
        builder.Property(o => o.Title).HasMaxLength(SchemaLimits.Name);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => new { o.StrategyId, o.Number }).IsUnique();
        builder.HasIndex(o => o.TenantId);
        builder.HasMany(o => o.Statements).WithOne().HasForeignKey(s => s.OutcomeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Priorities).WithOne().HasForeignKey(p => p.OutcomeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.DeliveryExamples).WithOne().HasForeignKey(d => d.OutcomeId).OnDelete(DeleteBehavior.Cascade);
    }
}
