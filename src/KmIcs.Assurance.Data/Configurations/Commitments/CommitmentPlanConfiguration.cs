using KmIcs.Assurance.Domain.Commitments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Commitments;

public sealed class CommitmentPlanConfiguration : IEntityTypeConfiguration<CommitmentPlan>
{
    public void Configure(EntityTypeBuilder<CommitmentPlan> builder)
    {
        builder.ToTable("CommitmentPlans");
        builder.HasKey(p => p.Id);
        builder.HasOne(p => p.Plan).WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.LeadBodies).WithOne().HasForeignKey(l => l.CommitmentPlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
