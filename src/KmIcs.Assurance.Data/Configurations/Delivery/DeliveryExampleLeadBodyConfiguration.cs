using KmIcs.Assurance.Domain.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Delivery;

public sealed class DeliveryExampleLeadBodyConfiguration : IEntityTypeConfiguration<DeliveryExampleLeadBody>
{
    public void Configure(EntityTypeBuilder<DeliveryExampleLeadBody> builder)
    {
        builder.ToTable("DeliveryExampleLeadBodies");
        builder.HasKey(l => new { l.DeliveryExampleId, l.OrganisationId });
        builder.HasOne(l => l.Organisation).WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
