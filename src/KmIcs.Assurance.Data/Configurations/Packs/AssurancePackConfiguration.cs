using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Packs;

public sealed class AssurancePackConfiguration : IEntityTypeConfiguration<AssurancePack>
{
    public void Configure(EntityTypeBuilder<AssurancePack> builder)
    {
        builder.ToTable("AssurancePacks");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Scope).HasMaxLength(SchemaLimits.Narrative);
        builder.Property(p => p.Series).HasMaxLength(SchemaLimits.Sha256);
        builder.Property(p => p.Title).HasMaxLength(SchemaLimits.Name);
        builder.Property(p => p.Marking).HasMaxLength(SchemaLimits.ShortName);
        builder.Property(p => p.RequestedBy).HasMaxLength(SchemaLimits.PersonName);
        builder.Property(p => p.Sha256).HasMaxLength(SchemaLimits.Sha256);
        builder.Property(p => p.RequestedAt).HasConversion<UtcTimestampConverter>();
        builder.Property(p => p.CompletedAt).HasConversion<UtcTimestampConverter>();
        builder.Property(p => p.Version).IsConcurrencyToken();

        // The PDF and its model are megabytes of bytes and JSON: the audit log records that a pack was made, its hash
        // and its options, not copies of the document.
        builder.Property(p => p.Pdf).IsRedactedInAudit();
        builder.Property(p => p.ModelJson).IsRedactedInAudit();

        // Two clerks generating the same pack at once cannot both make version 2.
        builder.HasIndex(p => new { p.TenantId, p.Series, p.DocumentVersion }).IsUnique();
        builder.HasIndex(p => new { p.TenantId, p.RequestedAt });
        builder.HasIndex(p => p.Status);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Meeting>().WithMany().HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Restrict);
    }
}
