namespace KmIcs.Assurance.Data.Tenancy;

/// <summary>A save that would write a row of a tenant other than the unit of work's current tenant. Nothing is written.</summary>
public sealed class CrossTenantWriteException : InvalidOperationException
{
    public CrossTenantWriteException()
    {
    }

    public CrossTenantWriteException(string message)
        : base(message)
    {
    }

    public CrossTenantWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
