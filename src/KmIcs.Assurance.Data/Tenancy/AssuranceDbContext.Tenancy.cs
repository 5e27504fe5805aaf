using System.Reflection;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data;

public partial class AssuranceDbContext
{
    private static readonly MethodInfo ApplyTenantFilterMethod =
        typeof(AssuranceDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;

    /// <summary>
    /// Puts <see cref="TenantQueryFilter.Name"/> on every root entity type that implements <see cref="ITenantOwned"/>.
    /// Runs after every configuration, so a new tenant-owned entity is covered without being listed anywhere.
    /// </summary>
    private void ApplyTenantQueryFilters(ModelBuilder modelBuilder)
    {
        var tenantOwned = modelBuilder.Model.GetEntityTypes()
            .Where(t => t.BaseType is null && !t.IsOwned() && typeof(ITenantOwned).IsAssignableFrom(t.ClrType))
            .Select(t => t.ClrType)
            .ToList();
        foreach (var type in tenantOwned)
        {
            ApplyTenantFilterMethod.MakeGenericMethod(type).Invoke(this, [modelBuilder]);
        }
    }

    // The filter reads this context's CurrentTenant: EF recognises the context in the expression and substitutes the
    // context running each query, so every unit of work filters by its own tenant (a null tenant matches no row).
    private void ApplyTenantFilter<TEntity>(ModelBuilder modelBuilder)
        where TEntity : class, ITenantOwned =>
        modelBuilder.Entity<TEntity>().HasQueryFilter(TenantQueryFilter.Name, e => e.TenantId == CurrentTenant.TenantId);
}
