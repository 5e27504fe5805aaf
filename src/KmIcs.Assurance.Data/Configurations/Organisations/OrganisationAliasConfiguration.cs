using KmIcs.Assurance.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Configurations.Organisations;

public sealed class OrganisationAliasConfiguration : IEntityTypeConfiguration<OrganisationAlias>
{
    public void Configure(EntityTypeBuilder<OrganisationAlias> builder)
    {
        builder.ToTable("OrganisationAliases");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Text).HasMaxLength(SchemaLimits.Name);
        builder.HasIndex(a => new { a.OrganisationId, a.Text }).IsUnique();
    }
}
