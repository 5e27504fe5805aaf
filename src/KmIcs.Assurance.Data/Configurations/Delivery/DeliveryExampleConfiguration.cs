using KmIcs.Assurance.Domain.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Delivery;

public sealed class DeliveryExampleConfiguration : IEntityTypeConfiguration<DeliveryExample>
{
    public void Configure(EntityTypeBuilder<DeliveryExample> builder)
    {
        builder.ToTable("DeliveryExamples");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Title).HasMaxLength(SchemaLimits.Name);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasMany(d => d.LeadBodies).WithOne().HasForeignKey(l => l.DeliveryExampleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Milestones).WithOne().HasForeignKey(m => m.DeliveryExampleId).OnDelete(DeleteBehavior.Cascade);
    }
}
