using KmIcs.Assurance.Data.Auditing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KmIcs.Assurance.Data.Identity.Configurations;

/// <summary>Identity's tokens hold the authenticator key and recovery codes: audited, but never copied into the log.</summary>
public sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Property(t => t.Value).IsRedactedInAudit();
    }
}
