using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace KmIcs.Assurance.Web.Identity.WorkAccounts;

public static class WorkAccountsExtensions
{
    /// <summary>
    /// "Sign in with a work account": Microsoft.Identity.Web's OpenID Connect sign-in for Entra ID, registered only when
    /// <c>AzureAd:ClientId</c> is configured (checked at start-up, with a message naming the setting to fix). The token
    /// goes to Identity's external cookie, never to a second application cookie: the portal's own session is issued
    /// only once <see cref="WorkAccountSignIn"/> has matched the person to an account. Authorization code flow with PKCE;
    /// the client secret comes from configuration or the environment (<c>AzureAd__ClientSecret</c>).
    /// </summary>
    public static WebApplicationBuilder AddWorkAccounts(this WebApplicationBuilder builder, AuthenticationBuilder authentication, CookieSecurePolicy secure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(authentication);
        var section = builder.Configuration.GetSection(WorkAccountOptions.SectionName);
        var options = section.Get<WorkAccountOptions>() ?? new WorkAccountOptions();
        if (options.Validate(builder.Environment.IsEnvironment("Testing")) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        builder.Services.AddSingleton(options);
        if (!options.IsConfigured)
        {
            return builder;
        }

        builder.Services.AddScoped<WorkAccountSignIn>();
        authentication.AddMicrosoftIdentityWebApp(section, openIdConnectScheme: WorkAccountScheme.Name, cookieScheme: null, displayName: WorkAccountScheme.DisplayName);
        builder.Services.Configure<OpenIdConnectOptions>(WorkAccountScheme.Name, oidc =>
        {
            oidc.SignInScheme = IdentityConstants.ExternalScheme;
            oidc.ResponseType = OpenIdConnectResponseType.Code;
            oidc.UsePkce = true;
            oidc.SaveTokens = false;
            oidc.RequireHttpsMetadata = options.RequireHttpsMetadata;
            // The provider posts its answer back from another site, so these cookies are SameSite=None; like the
            // portal's own cookies they are Secure everywhere but on the plain-http Development and Testing hosts.
            oidc.CorrelationCookie.SecurePolicy = secure;
            oidc.NonceCookie.SecurePolicy = secure;
            // Microsoft.Identity.Web's issuer validator checks these first (the token's tid filled into {tenantid}) and
            // reads Entra's metadata itself only when none matches. They are exactly what that metadata says, so the
            // check is the same, without a second metadata download (which insists on https, unlike RequireHttpsMetadata).
            oidc.TokenValidationParameters.ValidIssuers = [options.IssuerTemplate];
            oidc.Events.OnRemoteFailure = WorkAccountFailures.HandleAsync;
        });
        return builder;
    }
}
