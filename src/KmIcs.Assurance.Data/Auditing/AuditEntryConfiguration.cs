using KmIcs.Assurance.Data.Identity.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Auditing;

/// <summary>
/// The audit log has no foreign keys on purpose: it must outlive the users, tenants and rows it describes.
/// </summary>
public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(AccountsSchema.AuditEntries);
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.UserName).HasMaxLength(AccountsSchema.AuditUserNameMaxLength);
        builder.Property(a => a.Action).HasMaxLength(AccountsSchema.AuditActionMaxLength).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(AccountsSchema.AuditEntityTypeMaxLength).IsRequired();
        builder.Property(a => a.EntityId).HasMaxLength(AccountsSchema.AuditEntityIdMaxLength);
        builder.Property(a => a.Summary).HasMaxLength(AccountsSchema.AuditSummaryMaxLength);
        builder.HasIndex(a => new { a.TenantId, a.OccurredAtUtc }).HasDatabaseName(AccountsSchema.AuditTenantTimeIndex);
        builder.HasIndex(a => a.UserId).HasDatabaseName(AccountsSchema.AuditUserIndex);
        builder.IsNotAudited();
    }
}
