using KmIcs.Assurance.Domain.Strategies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Strategies;

public sealed class PriorityConfiguration : IEntityTypeConfiguration<Priority>
{
    public void Configure(EntityTypeBuilder<Priority> builder)
    {
        builder.ToTable("Priorities");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Title).HasMaxLength(SchemaLimits.Name);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasMany(p => p.Commitments).WithOne().HasForeignKey(c => c.PriorityId).OnDelete(DeleteBehavior.Cascade);
    }
}
