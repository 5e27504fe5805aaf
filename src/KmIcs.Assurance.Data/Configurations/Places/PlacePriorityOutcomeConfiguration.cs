using KmIcs.Assurance.Domain.Places;
using KmIcs.Assurance.Domain.Strategies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Places;

public sealed class PlacePriorityOutcomeConfiguration : IEntityTypeConfiguration<PlacePriorityOutcome>
{
    public void Configure(EntityTypeBuilder<PlacePriorityOutcome> builder)
    {
        builder.ToTable("PlacePriorityOutcomes");
        builder.HasKey(o => new { o.PlacePriorityId, o.OutcomeId });
        builder.HasOne<Outcome>().WithMany().HasForeignKey(o => o.OutcomeId).OnDelete(DeleteBehavior.Cascade);
    }
}
