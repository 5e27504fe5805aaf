namespace KmIcs.Assurance.Domain.Tenancy;

/// <summary>
/// A row that belongs to one tenant. Every such entity carries its own <see cref="TenantId"/>, child and join rows
/// included, so the Data layer can put the tenant query filter on every table and a query that starts from a child
/// table can never reach another tenant's rows.
/// </summary>
public interface ITenantOwned
{
    /// <summary>Settable so the save interceptor can stamp it on insert and refuse a row whose tenant differs.</summary>
    Guid TenantId { get; set; }
}
