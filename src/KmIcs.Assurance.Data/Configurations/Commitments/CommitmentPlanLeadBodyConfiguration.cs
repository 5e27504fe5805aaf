using KmIcs.Assurance.Domain.Commitments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Commitments;

public sealed class CommitmentPlanLeadBodyConfiguration : IEntityTypeConfiguration<CommitmentPlanLeadBody>
{
    public void Configure(EntityTypeBuilder<CommitmentPlanLeadBody> builder)
    {
        builder.ToTable("CommitmentPlanLeadBodies");
        builder.HasKey(l => new { l.CommitmentPlanId, l.OrganisationId });
        builder.HasOne(l => l.Organisation).WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
