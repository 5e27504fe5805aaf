using System.Security.Claims;

namespace KmIcs.Assurance.Web.Identity.WorkAccounts;

/// <summary>
/// What the portal reads from a validated Entra ID token (as the OpenID Connect handler left it in the external
/// cookie). Each claim is looked for under its JWT name and under the long name the handler maps it to by default.
/// </summary>
public sealed record WorkAccountClaims(Guid? TenantId, string? ObjectId, string? Email, bool EmailVerified, bool MultiFactor)
{
    private static readonly string[] Tenant = ["tid", "http://schemas.microsoft.com/identity/claims/tenantid"];
    private static readonly string[] Object = ["oid", "http://schemas.microsoft.com/identity/claims/objectidentifier"];
    private static readonly string[] EmailTypes = ["email", ClaimTypes.Email];
    private static readonly string[] MethodTypes = ["amr", "http://schemas.microsoft.com/claims/authnmethodsreferences"];

    /// <summary>
    /// The address counts as verified when the token says so: the OpenID Connect <c>email_verified</c> claim is true,
    /// or Entra's optional <c>xms_edov</c> claim (the address's domain is verified by the tenant that owns it) is
    /// true. <c>preferred_username</c> and an unverified <c>email</c> are what a tenant admin typed, not proof.
    /// </summary>
    public string? VerifiedEmail => EmailVerified && !string.IsNullOrWhiteSpace(Email) ? Email.Trim() : null;

    /// <summary>The login's key: the person's object id within their tenant, stable across app registrations.</summary>
    public string? ProviderKey => TenantId is { } tenant && !string.IsNullOrWhiteSpace(ObjectId) ? $"{tenant:D}/{ObjectId.Trim()}" : null;

    public static WorkAccountClaims Read(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return new WorkAccountClaims(
            Guid.TryParse(First(principal, Tenant), out var tenant) ? tenant : null,
            First(principal, Object),
            First(principal, EmailTypes),
            IsTrue(principal, "email_verified") || IsTrue(principal, "xms_edov"),
            MethodTypes.Any(type => principal.HasClaim(c => c.Type == type && string.Equals(c.Value, "mfa", StringComparison.Ordinal))));
    }

    private static string? First(ClaimsPrincipal principal, string[] types) =>
        types.Select(principal.FindFirstValue).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static bool IsTrue(ClaimsPrincipal principal, string type) =>
        bool.TryParse(principal.FindFirstValue(type), out var value) && value;
}
