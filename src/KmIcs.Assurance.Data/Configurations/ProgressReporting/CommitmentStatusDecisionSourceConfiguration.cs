using KmIcs.Assurance.Domain.ProgressReporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.ProgressReporting;

public sealed class CommitmentStatusDecisionSourceConfiguration : IEntityTypeConfiguration<CommitmentStatusDecisionSource>
{
    public void Configure(EntityTypeBuilder<CommitmentStatusDecisionSource> builder)
    {
        builder.ToTable(ProgressReportingSchema.CommitmentStatusDecisionSources);
        builder.HasKey(s => new { s.DecisionId, s.UpdateId });
        builder.HasOne<CommitmentUpdate>().WithMany().HasForeignKey(s => s.UpdateId).OnDelete(DeleteBehavior.Restrict);
    }
}
