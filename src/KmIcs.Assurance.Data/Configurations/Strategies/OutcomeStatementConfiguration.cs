using KmIcs.Assurance.Domain.Strategies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Strategies;

public sealed class OutcomeStatementConfiguration : IEntityTypeConfiguration<OutcomeStatement>
{
    public void Configure(EntityTypeBuilder<OutcomeStatement> builder)
    {
        builder.ToTable("OutcomeStatements");
        builder.HasKey(s => s.Id);
    }
}
