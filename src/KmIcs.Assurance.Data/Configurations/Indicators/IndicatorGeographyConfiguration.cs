using KmIcs.Assurance.Domain.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Indicators;

public sealed class IndicatorGeographyConfiguration : IEntityTypeConfiguration<IndicatorGeography>
{
    public void Configure(EntityTypeBuilder<IndicatorGeography> builder)
    {
        builder.ToTable("IndicatorGeographies");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Name).HasMaxLength(SchemaLimits.Geography);
        builder.HasIndex(g => new { g.IndicatorId, g.Name }).IsUnique();
    }
}
