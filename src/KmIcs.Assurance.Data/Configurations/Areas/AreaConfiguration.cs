using KmIcs.Assurance.Domain.Areas;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Areas;

public sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.ToTable("Areas");
        builder.HasKey(a => a.Code);
        builder.Property(a => a.Code).HasMaxLength(SchemaLimits.AreaCode);
        builder.Property(a => a.Name).HasMaxLength(SchemaLimits.Geography);
        builder.Property(a => a.OfficialName).HasMaxLength(SchemaLimits.Name);
        builder.Property(a => a.ParentCode).HasMaxLength(SchemaLimits.AreaCode);
        // Values name their area by this name, so two areas may not share one.
        builder.HasIndex(a => a.Name).IsUnique();
    }
}
