using KmIcs.Assurance.Domain.ProgressReporting;
using KmIcs.Assurance.Domain.Strategies;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.ProgressReporting;

public sealed class ReportingRoundConfiguration : IEntityTypeConfiguration<ReportingRound>
{
    public void Configure(EntityTypeBuilder<ReportingRound> builder)
    {
        builder.ToTable(ProgressReportingSchema.ReportingRounds);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Name).HasMaxLength(SchemaLimits.RoundName);
        builder.Property(r => r.CreatedByName).HasMaxLength(SchemaLimits.PersonName);
        builder.Property(r => r.CreatedAt).HasConversion<UtcTimestampConverter>();
        builder.Property(r => r.Version).IsConcurrencyToken();
        // Clerks and lead partners pick a round by name, so two rounds of one partnership never share one.
        builder.HasIndex(r => new { r.TenantId, r.Name }).IsUnique();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Cascade);
        // A strategy edition that rounds asked about stays: old rounds and packs refer to its commitments.
        builder.HasOne<Strategy>().WithMany().HasForeignKey(r => r.StrategyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.LockExceptions).WithOne().HasForeignKey(e => e.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}
