using KmIcs.Assurance.Domain.Commitments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Commitments;

public sealed class CommitmentLeadBodyConfiguration : IEntityTypeConfiguration<CommitmentLeadBody>
{
    public void Configure(EntityTypeBuilder<CommitmentLeadBody> builder)
    {
        builder.ToTable("CommitmentLeadBodies");
        builder.HasKey(l => new { l.CommitmentId, l.OrganisationId });
        // An organisation that still leads commitments cannot be deleted; merge it into another instead.
        builder.HasOne(l => l.Organisation).WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.OrganisationId);
    }
}
