using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace KmIcs.Assurance.Testing.Web.WorkAccounts;

/// <summary>
/// A real OpenID Connect server (OpenIddict) on a loopback port, shaped like Microsoft Entra ID so the portal's
/// Microsoft.Identity.Web sign-in runs against it unchanged: metadata at <c>/{tenant}/v2.0/.well-known/openid-configuration</c>
/// (for <c>organizations</c> the issuer is Entra's template <c>…/{tenantid}/v2.0</c>), ID tokens issued by
/// <c>http://127.0.0.1:port/{tid}/v2.0</c>, authorization code flow with PKCE for one confidential client, ephemeral keys,
/// plain http. Its authorization endpoint signs in, without asking anything, whichever <see cref="TestWorkIdentity"/>
/// the test chose (<see cref="NextIdentity"/>).
/// </summary>
public sealed partial class TestEntraServer : IAsyncDisposable
{
    public const string ClientId = "5f0c1d7e-portal-client";
    public const string ClientSecret = "test-client-secret-not-for-production";

    private readonly WebApplication app;

    private TestEntraServer(WebApplication app) => this.app = app;

    /// <summary>The server's root address (<c>http://127.0.0.1:port/</c>): the portal's <c>AzureAd:Instance</c>.</summary>
    public Uri Instance { get; private set; } = null!;

    /// <summary>The portal's callback (<c>…/signin-oidc</c>), the one redirect URI registered for the client; set once the portal listens.</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>Who the next authorization request signs in; null: the person cancels at the provider.</summary>
    public TestWorkIdentity? NextIdentity { get; set; }

    public static async Task<TestEntraServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        TestEntraServer? server = null;
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris("connect/authorize")
                .SetTokenEndpointUris("connect/token")
                .AllowAuthorizationCodeFlow()
                .AllowRefreshTokenFlow()
                .RequireProofKeyForCodeExchange()
                .RegisterScopes(Scopes.Profile, Scopes.Email, Scopes.OfflineAccess)
                .AddEphemeralEncryptionKey()
                .AddEphemeralSigningKey()
                // No application or token stores: the one client is checked by the handlers below.
                .EnableDegradedMode();
            options.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .DisableTransportSecurityRequirement();
            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }
                else if (server?.RedirectUri is not { } registered || context.RedirectUri != registered.AbsoluteUri)
                {
                    context.Reject(Errors.InvalidRequest, "The redirect_uri is not registered for this client.");
                }

                return default;
            }));
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "The client credentials are not valid.");
                }

                return default;
            }));
            options.AddEventHandler<ApplyConfigurationResponseContext>(handler => handler.UseInlineHandler(context =>
            {
                var tenant = context.Transaction.GetHttpRequest()?.HttpContext.Items[MetadataTenantKey] as string ?? "organizations";
                context.Response[Metadata.Issuer] = server!.IssuerOf(tenant == "organizations" ? "{tenantid}" : tenant);
                return default;
            }));
            options.AddEventHandler<GenerateTokenContext>(handler => handler.UseInlineHandler(context =>
                {
                    // Entra's ID tokens name the person's own tenant in their issuer.
                    if (context.TokenType == TokenTypeIdentifiers.IdentityToken && context.Principal.GetClaim("tid") is { } tid)
                    {
                        context.SecurityTokenDescriptor.Issuer = server!.IssuerOf(tid);
                    }

                    return default;
                })
                .SetOrder(OpenIddictServerHandlers.Protection.AttachTokenMetadata.Descriptor.Order + 1)
                .SetType(OpenIddictServerHandlerType.Custom));
        });

        var app = builder.Build();
        server = new TestEntraServer(app);
        app.Use(RewriteTenantMetadata);
        app.UseAuthentication();
        app.MapMethods("connect/authorize", [HttpMethods.Get, HttpMethods.Post], server.Authorize);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Instance = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>What the portal sets for the tenant <paramref name="tenant"/> (or <c>{tenantid}</c>): <c>http://127.0.0.1:port/{tenant}/v2.0</c>.</summary>
    public string IssuerOf(string tenant) => $"{Instance.AbsoluteUri}{tenant}/v2.0";

    private const string MetadataTenantKey = "entra-metadata-tenant";

    /// <summary>Entra serves each tenant's metadata under its own path; OpenIddict serves one document, told the tenant here.</summary>
    private static Task RewriteTenantMetadata(HttpContext context, RequestDelegate next)
    {
        var match = TenantMetadataPath().Match(context.Request.Path.Value ?? "");
        if (match.Success)
        {
            context.Items[MetadataTenantKey] = match.Groups[1].Value;
            context.Request.Path = "/.well-known/openid-configuration";
        }

        return next(context);
    }

    [GeneratedRegex("^/([^/]+)/v2\\.0/\\.well-known/openid-configuration$")]
    private static partial Regex TenantMetadataPath();

    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (NextIdentity is not { } who)
        {
            // Nobody chosen: the person cancels at the provider, which answers the portal with access_denied.
            var cancelled = new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The user cancelled the sign-in.",
            });
            return Results.Forbid(cancelled, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity("test-entra", Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, who.Subject));
        identity.AddClaim(new Claim("oid", who.ObjectId));
        identity.AddClaim(new Claim("tid", who.TenantId.ToString()));
        identity.AddClaim(new Claim(Claims.Name, who.Name));
        identity.AddClaim(new Claim(Claims.PreferredUsername, who.Email));
        identity.AddClaim(new Claim(Claims.Email, who.Email));
        identity.AddClaim(new Claim(Claims.EmailVerified, who.EmailVerified ? "true" : "false", ClaimValueTypes.Boolean));
        if (who.DomainOwnerVerified)
        {
            identity.AddClaim(new Claim("xms_edov", "true", ClaimValueTypes.Boolean));
        }

        identity.SetClaims(Claims.AuthenticationMethodReference, who.MultiFactor ? ["pwd", "mfa"] : ["pwd"]);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
