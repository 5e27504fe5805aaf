using KmIcs.Assurance.Domain.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Indicators;

public sealed class IndicatorValueConfiguration : IEntityTypeConfiguration<IndicatorValue>
{
    public void Configure(EntityTypeBuilder<IndicatorValue> builder)
    {
        builder.ToTable("IndicatorValues");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Geography).HasMaxLength(SchemaLimits.Geography);
        builder.Property(v => v.Source).HasMaxLength(SchemaLimits.Source);
        builder.Property(v => v.SourcePeriodKey).HasMaxLength(SchemaLimits.Period);
        builder.Property(v => v.Version).IsConcurrencyToken();
        // One current figure per indicator, period and area; a correction updates it and adds a revision.
        builder.HasIndex(v => new { v.IndicatorId, v.Period, v.Geography }).IsUnique();
        builder.HasIndex(v => v.TenantId);
    }
}
