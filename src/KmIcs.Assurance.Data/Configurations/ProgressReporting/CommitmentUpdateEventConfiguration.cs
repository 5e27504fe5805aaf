using KmIcs.Assurance.Domain.ProgressReporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.ProgressReporting;

public sealed class CommitmentUpdateEventConfiguration : IEntityTypeConfiguration<CommitmentUpdateEvent>
{
    public void Configure(EntityTypeBuilder<CommitmentUpdateEvent> builder)
    {
        builder.ToTable(ProgressReportingSchema.CommitmentUpdateEvents);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ByName).HasMaxLength(SchemaLimits.PersonName);
        builder.Property(e => e.Comment).HasMaxLength(SchemaLimits.Comment);
        builder.Property(e => e.At).HasConversion<UtcTimestampConverter>();
    }
}
