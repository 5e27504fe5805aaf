namespace KmIcs.Assurance.Data.Tenancy;

/// <summary>
/// The tenant a unit of work acts for. Set once per request from the route (after the membership check), or by the
/// CLI and the seed import for the tenant they work on. <see cref="AssuranceDbContext"/> reads it for its tenant
/// query filter and for stamping new rows.
/// </summary>
public sealed class CurrentTenant
{
    public Guid? TenantId { get; private set; }

    public string? Slug { get; private set; }

    public void Set(Guid tenantId, string slug)
    {
        if (TenantId is { } existing && existing != tenantId)
        {
            throw new InvalidOperationException("The current tenant is already set for this unit of work and cannot change.");
        }

        TenantId = tenantId;
        Slug = slug;
    }
}
