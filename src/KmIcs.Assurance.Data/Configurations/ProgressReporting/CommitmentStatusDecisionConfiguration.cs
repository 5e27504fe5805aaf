using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.ProgressReporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.ProgressReporting;

/// <summary>Decisions are never edited (a new one supersedes the last), so they carry no concurrency token.</summary>
public sealed class CommitmentStatusDecisionConfiguration : IEntityTypeConfiguration<CommitmentStatusDecision>
{
    public void Configure(EntityTypeBuilder<CommitmentStatusDecision> builder)
    {
        builder.ToTable(ProgressReportingSchema.CommitmentStatusDecisions);
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Reason).HasMaxLength(SchemaLimits.Comment);
        builder.Property(d => d.DecidedByName).HasMaxLength(SchemaLimits.PersonName);
        builder.Property(d => d.DecidedAt).HasConversion<UtcTimestampConverter>();
        // Orders a commitment's decisions and refuses the second of two made at once from the same latest decision.
        builder.HasIndex(d => new { d.CommitmentId, d.Sequence }).IsUnique();
        builder.HasOne<Commitment>().WithMany().HasForeignKey(d => d.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReportingRound>().WithMany().HasForeignKey(d => d.ReportingRoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Sources).WithOne().HasForeignKey(s => s.DecisionId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName(ProgressReportingSchema.DecisionSourceDecisionForeignKey);
    }
}
