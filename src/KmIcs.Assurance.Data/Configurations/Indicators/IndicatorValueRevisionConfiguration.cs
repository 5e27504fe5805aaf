using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Domain.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Indicators;

public sealed class IndicatorValueRevisionConfiguration : IEntityTypeConfiguration<IndicatorValueRevision>
{
    public void Configure(EntityTypeBuilder<IndicatorValueRevision> builder)
    {
        builder.ToTable("IndicatorValueRevisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Source).HasMaxLength(SchemaLimits.Source);
        builder.Property(r => r.RecordedBy).HasMaxLength(SchemaLimits.PersonName);
        builder.Property(r => r.Reason).HasMaxLength(SchemaLimits.Comment);
        builder.Property(r => r.RecordedAt).HasConversion<UtcTimestampConverter>();
        builder.HasIndex(r => new { r.IndicatorValueId, r.Number }).IsUnique();
        builder.HasIndex(r => r.TenantId);
        builder.HasIndex(r => r.ValueImportId);
        builder.HasOne<IndicatorValue>().WithMany().HasForeignKey(r => r.IndicatorValueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ValueImport>().WithMany().HasForeignKey(r => r.ValueImportId).OnDelete(DeleteBehavior.Restrict);

        // Revisions are themselves the history: the value row's own audit entry already holds the before and after,
        // so copying each revision into the audit log again would double a 10,000-row import's writes for nothing.
        builder.IsNotAudited();
    }
}
