using KmIcs.Assurance.Domain.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Indicators;

public sealed class IndicatorExternalIdConfiguration : IEntityTypeConfiguration<IndicatorExternalId>
{
    public void Configure(EntityTypeBuilder<IndicatorExternalId> builder)
    {
        builder.ToTable("IndicatorExternalIds");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.System).HasMaxLength(SchemaLimits.ShortName);
        builder.Property(e => e.Value).HasMaxLength(SchemaLimits.ExternalId);
        builder.HasIndex(e => new { e.System, e.Value });
    }
}
