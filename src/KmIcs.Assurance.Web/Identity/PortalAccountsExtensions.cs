using System.Net;
using System.Threading.RateLimiting;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Web.Authorization;
using KmIcs.Assurance.Web.Email;
using KmIcs.Assurance.Web.Identity.WorkAccounts;
using KmIcs.Assurance.Web.Tenancy;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KmIcs.Assurance.Web.Identity;

public static class PortalAccountsExtensions
{
    public const string AuthCookieName = "assurance.auth";

    /// <summary>
    /// Identity with cookie sign-in, work-account sign-in (Entra ID) when configured, the authorization policies, tenant resolution, the email sender and the sign-in
    /// rate limit. Cookies are HttpOnly, SameSite and Secure (Secure follows the request only in Development and
    /// Testing, which run on plain http://localhost).
    /// </summary>
    public static WebApplicationBuilder AddPortalAccounts(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var secure = builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing")
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;

        services.AddHttpContextAccessor();
        var authentication = services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            });
        authentication.AddIdentityCookies();
        builder.AddWorkAccounts(authentication, secure);
        services.AddAssuranceAccounts(builder.Configuration).AddSignInManager<PortalSignInManager>();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = AuthCookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = Links.Account.SignInPath;
            options.LogoutPath = Links.Account.SignOutPath;
            // A member without the page's role gets a plain 403 page, not a redirect to a page we do not have.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure;
        });
        // Membership (TenantRouteMiddleware) and the security stamp (SessionValidator) are checked on every request,
        // so deactivating someone or changing their password ends their session at once.
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, SessionValidator>());
        services.AddAntiforgery(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
        });

        services.AddAuthorization(Policies.Add);
        services.AddScoped<IAuthorizationHandler, TenantRoleHandler>();
        services.AddScoped<IAuthorizationHandler, CanUpdateCommitmentHandler>();
        services.AddScoped<CurrentMembership>();
        services.AddScoped<TenantAccess>();
        services.AddScoped<SignedInUser>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<SignInLanding>();
        services.AddScoped<Reauthentication>();
        services.AddSingleton<UnknownAddressLockout>();

        var email = builder.Configuration.GetSection(EmailOptions.SectionName).Get<EmailOptions>() ?? new EmailOptions();
        if (email.Validate() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        services.AddSingleton(email);
        services.AddSingleton<IEmailSender>(provider =>
            new SmtpEmailSender(email, builder.Environment.ContentRootPath, provider.GetRequiredService<ILogger<SmtpEmailSender>>()));

        services.AddSingleton(builder.Configuration.GetSection(Demo.DemoOptions.SectionName).Get<Demo.DemoOptions>() ?? new Demo.DemoOptions());
        services.TryAddSingleton(new Demo.DemoOutput(Console.Out));
        services.AddSingleton<Demo.DemoData>();

        var accounts = builder.Configuration.GetSection(AccountOptions.SectionName).Get<AccountOptions>() ?? new AccountOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsAccountPost(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        (context.Connection.RemoteIpAddress ?? IPAddress.None).ToString(),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = accounts.SignInPostsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(""));
        });
        return builder;
    }

    /// <summary>Posts that try a password, a code or an email address: what an attacker would repeat.</summary>
    public static bool IsAccountPost(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HttpMethods.IsPost(request.Method)
            && (request.Path.StartsWithSegments("/account/sign-in", StringComparison.OrdinalIgnoreCase)
                || request.Path.StartsWithSegments("/account/forgot-password", StringComparison.OrdinalIgnoreCase)
                || request.Path.StartsWithSegments("/account/reset-password", StringComparison.OrdinalIgnoreCase)
                || request.Path.StartsWithSegments("/account/invitation", StringComparison.OrdinalIgnoreCase));
    }
}
