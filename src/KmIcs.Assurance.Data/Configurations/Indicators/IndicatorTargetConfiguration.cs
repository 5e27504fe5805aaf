using KmIcs.Assurance.Domain.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Indicators;

public sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> builder)
    {
        builder.ToTable("IndicatorTargets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Geography).HasMaxLength(SchemaLimits.Geography);
        builder.Property(t => t.Reason).HasMaxLength(SchemaLimits.Statement);
        builder.Property(t => t.Source).HasMaxLength(SchemaLimits.Source);
    }
}
