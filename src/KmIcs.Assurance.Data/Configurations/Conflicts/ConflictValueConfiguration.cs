using KmIcs.Assurance.Domain.Conflicts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Conflicts;

public sealed class ConflictValueConfiguration : IEntityTypeConfiguration<ConflictValue>
{
    public void Configure(EntityTypeBuilder<ConflictValue> builder)
    {
        builder.ToTable("ConflictValues");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Source).HasMaxLength(SchemaLimits.Source);
    }
}
