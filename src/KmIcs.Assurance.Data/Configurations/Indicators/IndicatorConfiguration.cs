using KmIcs.Assurance.Domain.Areas;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Indicators;

public sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("Indicators");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Ref).HasMaxLength(SchemaLimits.Ref);
        builder.Property(i => i.Service).HasMaxLength(SchemaLimits.Name);
        builder.Property(i => i.Statement).HasMaxLength(SchemaLimits.Statement);
        builder.Property(i => i.UnitLabel).HasMaxLength(SchemaLimits.Name);
        builder.Property(i => i.BaselineGeography).HasMaxLength(SchemaLimits.Geography);
        builder.Property(i => i.BaselineSource).HasMaxLength(SchemaLimits.Source);
        builder.Property(i => i.DataSource).HasMaxLength(SchemaLimits.Source);
        builder.Property(i => i.BenchmarkArea).HasMaxLength(SchemaLimits.Geography).HasDefaultValue(Area.England);
        builder.Property(i => i.Sex).HasMaxLength(SchemaLimits.Breakdown);
        builder.Property(i => i.Age).HasMaxLength(SchemaLimits.Breakdown);
        builder.Property(i => i.Version).IsConcurrencyToken();
        // A ref such as "3.4" is unique within its set (the logframe and the KPI dashboard number independently).
        builder.HasIndex(i => new { i.TenantId, i.IndicatorSet, i.Ref }).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Outcome>().WithMany().HasForeignKey(i => i.OutcomeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Geographies).WithOne().HasForeignKey(g => g.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.ExternalIds).WithOne().HasForeignKey(e => e.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Targets).WithOne().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Trajectory).WithOne().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Values).WithOne().HasForeignKey(v => v.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Conflicts).WithOne().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}
