using System.Security.Claims;

namespace KmIcs.Assurance.Web.Identity.WorkAccounts;

/// <summary>The OpenID Connect scheme for Microsoft Entra ID, and what a session started through it carries.</summary>
public static class WorkAccountScheme
{
    /// <summary>The authentication scheme, and the login provider name stored with each linked login.</summary>
    public const string Name = "EntraId";

    public const string DisplayName = "Microsoft Entra ID";

    /// <summary>The claim Identity's two-factor sign-in leaves on a session, and that a provider-side MFA sign-in gets too.</summary>
    public const string MultiFactorClaimType = "amr";

    public const string MultiFactorClaimValue = "mfa";

    /// <summary>
    /// A session that began with a work-account sign-in whose token showed multi-factor authentication: it has met the
    /// portal's two-factor requirement without a local authenticator app.
    /// </summary>
    public static bool HasProviderMultiFactor(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.HasClaim(MultiFactorClaimType, MultiFactorClaimValue) && principal.HasClaim(ClaimTypes.AuthenticationMethod, Name);
    }

    /// <summary>The claims that say how a session began, kept whenever its principal is rebuilt.</summary>
    public static IEnumerable<Claim> HowSignedIn(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.Claims.Where(c => c.Type is MultiFactorClaimType or ClaimTypes.AuthenticationMethod)
            .Select(c => new Claim(c.Type, c.Value));
    }
}
