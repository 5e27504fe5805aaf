using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.ProgressReporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.ProgressReporting;

/// <summary>
/// Author, editor and reviewer ids have no foreign key to the accounts table on purpose: like the audit log, an update
/// must outlive the account of whoever wrote it, and it keeps their names as they were.
/// </summary>
public sealed class CommitmentUpdateConfiguration : IEntityTypeConfiguration<CommitmentUpdate>
{
    public void Configure(EntityTypeBuilder<CommitmentUpdate> builder)
    {
        builder.ToTable(ProgressReportingSchema.CommitmentUpdates);
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Progress).HasMaxLength(SchemaLimits.Narrative);
        builder.Property(u => u.MilestonesProgress).HasMaxLength(SchemaLimits.Narrative);
        builder.Property(u => u.RisksAndIssues).HasMaxLength(SchemaLimits.Narrative);
        builder.Property(u => u.NextSteps).HasMaxLength(SchemaLimits.Narrative);
        builder.Property(u => u.EvidenceUrl).HasMaxLength(SchemaLimits.Url);
        builder.Property(u => u.AuthorName).HasMaxLength(SchemaLimits.PersonName);
        builder.Property(u => u.UpdatedByName).HasMaxLength(SchemaLimits.PersonName);
        builder.Property(u => u.SubmittedByName).HasMaxLength(SchemaLimits.PersonName);
        builder.Property(u => u.ReviewedByName).HasMaxLength(SchemaLimits.PersonName);
        builder.Property(u => u.ReviewComment).HasMaxLength(SchemaLimits.Comment);
        builder.Property(u => u.CreatedAt).HasConversion<UtcTimestampConverter>();
        builder.Property(u => u.UpdatedAt).HasConversion<UtcTimestampConverter>();
        builder.Property(u => u.SubmittedAt).HasConversion<UtcTimestampConverter>();
        builder.Property(u => u.ReviewedAt).HasConversion<UtcTimestampConverter>();
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.Ignore(u => u.IsEditable);
        builder.Ignore(u => u.IsReported);
        // One update per lead body per commitment per round: two lead partners of one organisation finish the same
        // draft instead of racing each other with two. Updates outside a round (null round) are not limited, because
        // both engines treat nulls in a unique index as distinct.
        builder.HasIndex(u => new { u.CommitmentId, u.OrganisationId, u.ReportingRoundId }).IsUnique()
            .HasDatabaseName(ProgressReportingSchema.UpdatePerRoundIndex);
        // Reported progress is history: a commitment, organisation or round that has updates cannot be deleted.
        builder.HasOne<Commitment>().WithMany().HasForeignKey(u => u.CommitmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.Organisation).WithMany().HasForeignKey(u => u.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.ReportingRound).WithMany().HasForeignKey(u => u.ReportingRoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(u => u.Events).WithOne().HasForeignKey(e => e.UpdateId).OnDelete(DeleteBehavior.Cascade);
    }
}
