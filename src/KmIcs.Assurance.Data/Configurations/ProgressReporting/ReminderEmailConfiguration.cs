using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Domain.ProgressReporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.ProgressReporting;

public sealed class ReminderEmailConfiguration : IEntityTypeConfiguration<ReminderEmail>
{
    public void Configure(EntityTypeBuilder<ReminderEmail> builder)
    {
        builder.ToTable(ProgressReportingSchema.ReminderEmails);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.CreatedAt).HasConversion<UtcTimestampConverter>();
        builder.Property(r => r.SentAt).HasConversion<UtcTimestampConverter>();
        // The promise "never twice": a second plan of the same reminder, even from a second process, fails here.
        builder.HasIndex(r => new { r.RoundId, r.UserId, r.Kind }).IsUnique();
        // The sending job's question: which of this partnership's reminders are still to send.
        builder.HasIndex(r => new { r.TenantId, r.SentAt });
        builder.HasOne<ReportingRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
