using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data;

/// <summary>
/// The portal's unit of work. Feature services use it directly (no repository layer); entity mappings live in
/// one <see cref="IEntityTypeConfiguration{TEntity}"/> per entity under <c>Configurations/</c>.
/// </summary>
public class AssuranceDbContext(DbContextOptions<AssuranceDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AssuranceDbContext).Assembly);
    }
}
