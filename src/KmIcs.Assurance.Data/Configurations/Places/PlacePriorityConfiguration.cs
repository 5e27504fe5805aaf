using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Places;

public sealed class PlacePriorityConfiguration : IEntityTypeConfiguration<PlacePriority>
{
    public void Configure(EntityTypeBuilder<PlacePriority> builder)
    {
        builder.ToTable("PlacePriorities");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Text).HasMaxLength(SchemaLimits.Statement);
        builder.Property(p => p.Source).HasMaxLength(SchemaLimits.Source);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Outcomes).WithOne().HasForeignKey(o => o.PlacePriorityId).OnDelete(DeleteBehavior.Cascade);
    }
}
