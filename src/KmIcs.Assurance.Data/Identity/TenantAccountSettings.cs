namespace KmIcs.Assurance.Data.Identity;

/// <summary>Account rules a tenant admin may set for their tenant. One row per tenant, created on first change.</summary>
public class TenantAccountSettings
{
    public Guid TenantId { get; set; }

    /// <summary>
    /// Lets members whose only role in this tenant is <see cref="TenantRole.Member"/> sign in without two-factor
    /// authentication. Every other role always needs it (OWASP ASVS 6.3.3). Changing it is audited.
    /// </summary>
    public bool MembersMaySkipTwoFactor { get; set; }
}
