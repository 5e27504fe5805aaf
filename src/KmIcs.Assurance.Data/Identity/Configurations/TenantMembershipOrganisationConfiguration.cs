using KmIcs.Assurance.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Identity.Configurations;

public sealed class TenantMembershipOrganisationConfiguration : IEntityTypeConfiguration<TenantMembershipOrganisation>
{
    public void Configure(EntityTypeBuilder<TenantMembershipOrganisation> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(AccountsSchema.MembershipOrganisations);
        builder.HasKey(o => new { o.MembershipId, o.OrganisationId });
        builder.HasIndex(o => o.OrganisationId).HasDatabaseName(AccountsSchema.MembershipOrganisationIndex);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(o => o.OrganisationId).HasConstraintName(AccountsSchema.MembershipOrganisationOrganisationForeignKey);
    }
}
