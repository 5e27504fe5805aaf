namespace KmIcs.Assurance.Data.Tenancy;

/// <summary>
/// The EF Core 10 named query filter on every entity that implements <c>ITenantOwned</c> (applied in
/// <see cref="AssuranceDbContext"/>): a query only sees the rows of <see cref="AssuranceDbContext.CurrentTenant"/>,
/// and none at all while no tenant is set. Named, so a soft-delete filter can sit beside it and platform-admin code
/// can switch off this one alone with <c>IgnoreQueryFilters([TenantQueryFilter.Name])</c>, the only way round it.
/// </summary>
public static class TenantQueryFilter
{
    public const string Name = "Tenant";
}
