using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Configurations;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.Tenancy;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data;

/// <summary>
/// The portal's unit of work. Feature services use it directly (no repository layer); entity mappings live in
/// one <see cref="IEntityTypeConfiguration{TEntity}"/> per entity. It is also ASP.NET Core Identity's store.
/// Every query on a tenant-owned entity is filtered to <see cref="CurrentTenant"/>; every save is checked against it
/// (<see cref="TenantSaveChangesInterceptor"/>) and audited (<see cref="AuditSaveChangesInterceptor"/>) in the same
/// transaction, as <see cref="CurrentActor"/>, at <see cref="Clock"/>'s time. It also holds the data-protection key
/// ring (<see cref="IDataProtectionKeyContext"/>, docs/adr/0009).
/// </summary>
public partial class AssuranceDbContext(
    DbContextOptions<AssuranceDbContext> options,
    CurrentTenant currentTenant,
    CurrentActor? currentActor = null,
    TimeProvider? clock = null)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>The tenant this unit of work acts for; see <see cref="Tenancy.CurrentTenant"/>.</summary>
    public CurrentTenant CurrentTenant { get; } = currentTenant;

    /// <summary>Who this unit of work acts for, as the audit log records it.</summary>
    public CurrentActor CurrentActor { get; } = currentActor ?? new CurrentActor();

    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    public DbSet<TenantMembership> TenantMemberships => Set<TenantMembership>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<TenantAccountSettings> TenantAccountSettings => Set<TenantAccountSettings>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        // Order matters: new rows get their tenant first, then the audit copies them.
        optionsBuilder.AddInterceptors(TenantSaveChangesInterceptor.Instance, AuditSaveChangesInterceptor.Instance);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        IdentitySchema.Pin(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AssuranceDbContext).Assembly);
        if (Database.IsSqlServer())
        {
            SqlServerCascadePaths.Apply(builder);
        }

        UseClientGeneratedKeys(builder);
        ApplyTenantQueryFilters(builder);
    }
}
