using KmIcs.Assurance.Domain.Packs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Packs;

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("Meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Title).HasMaxLength(SchemaLimits.Name);
        builder.Property(m => m.PacksDue).HasMaxLength(SchemaLimits.Comment);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => new { m.TenantId, m.Date });
    }
}
