using KmIcs.Assurance.Domain.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Indicators;

public sealed class IndicatorTrajectoryPointConfiguration : IEntityTypeConfiguration<IndicatorTrajectoryPoint>
{
    public void Configure(EntityTypeBuilder<IndicatorTrajectoryPoint> builder)
    {
        builder.ToTable("IndicatorTrajectoryPoints");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Geography).HasMaxLength(SchemaLimits.Geography);
        builder.HasIndex(t => new { t.IndicatorId, t.Geography, t.Period }).IsUnique();
    }
}
