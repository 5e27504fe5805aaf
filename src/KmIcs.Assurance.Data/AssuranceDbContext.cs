using KmIcs.Assurance.Data.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data;

/// <summary>
/// The portal's unit of work. Feature services use it directly (no repository layer); entity mappings live in
/// one <see cref="IEntityTypeConfiguration{TEntity}"/> per entity under <c>Configurations/</c>.
/// </summary>
public class AssuranceDbContext(DbContextOptions<AssuranceDbContext> options, CurrentTenant currentTenant) : DbContext(options)
{
    /// <summary>The tenant this unit of work acts for; see <see cref="Tenancy.CurrentTenant"/>.</summary>
    public CurrentTenant CurrentTenant { get; } = currentTenant;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AssuranceDbContext).Assembly);
    }
}
