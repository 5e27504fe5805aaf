using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Indicators;

public sealed class ValueImportConfiguration : IEntityTypeConfiguration<ValueImport>
{
    public void Configure(EntityTypeBuilder<ValueImport> builder)
    {
        builder.ToTable("ValueImports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.FileName).HasMaxLength(SchemaLimits.Name);
        builder.Property(i => i.Sha256).HasMaxLength(SchemaLimits.Sha256);
        builder.Property(i => i.UploadedBy).HasMaxLength(SchemaLimits.PersonName);
        builder.Property(i => i.Dialect).HasMaxLength(SchemaLimits.Name);
        builder.Property(i => i.UploadedAt).HasConversion<UtcTimestampConverter>();
        builder.Property(i => i.CompletedAt).HasConversion<UtcTimestampConverter>();
        builder.Property(i => i.Version).IsConcurrencyToken();

        // The upload can be tens of megabytes and the preview thousands of lines: the audit log records the import's
        // counts and status, not copies of the file.
        builder.Property(i => i.Content).IsRedactedInAudit();
        builder.Property(i => i.PreviewJson).IsRedactedInAudit();
        builder.HasIndex(i => new { i.TenantId, i.UploadedAt });
        builder.HasIndex(i => i.Status);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
