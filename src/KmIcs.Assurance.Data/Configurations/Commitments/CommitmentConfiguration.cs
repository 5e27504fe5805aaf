using KmIcs.Assurance.Domain.Commitments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Commitments;

public sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.ToTable("Commitments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Text).HasMaxLength(SchemaLimits.CommitmentText);
        builder.Property(c => c.Source).HasMaxLength(SchemaLimits.Source);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => c.TenantId);
        builder.HasMany(c => c.LeadBodies).WithOne().HasForeignKey(l => l.CommitmentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Plans).WithOne().HasForeignKey(p => p.CommitmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
