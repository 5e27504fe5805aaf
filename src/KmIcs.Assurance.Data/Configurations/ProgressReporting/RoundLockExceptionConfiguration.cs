using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.ProgressReporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.ProgressReporting;

public sealed class RoundLockExceptionConfiguration : IEntityTypeConfiguration<RoundLockException>
{
    public void Configure(EntityTypeBuilder<RoundLockException> builder)
    {
        builder.ToTable(ProgressReportingSchema.RoundLockExceptions);
        builder.HasKey(e => new { e.RoundId, e.OrganisationId });
        builder.Property(e => e.GrantedByName).HasMaxLength(SchemaLimits.PersonName);
        builder.Property(e => e.Reason).HasMaxLength(SchemaLimits.Comment);
        builder.Property(e => e.GrantedAt).HasConversion<UtcTimestampConverter>();
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
