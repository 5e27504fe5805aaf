using System.Security.Claims;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Web.Identity.WorkAccounts;
using Microsoft.AspNetCore.Authorization;

namespace KmIcs.Assurance.Web.Identity;

public static class AccountMiddleware
{
    /// <summary>Records who acts in this request on <see cref="CurrentActor"/>, for the audit log.</summary>
    public static IApplicationBuilder UseAuditActor(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                context.RequestServices.GetRequiredService<CurrentActor>()
                    .Set(SignedInUser.IdOf(context.User), context.User.FindFirstValue(ClaimTypes.Name));
            }

            await next(context);
        });

    /// <summary>
    /// A signed-in user who must use two-factor authentication (<see cref="TwoFactorPolicy"/>) but has not set it up
    /// yet is sent to the set-up page before any protected page opens, unless this session began with a work-account
    /// sign-in whose provider performed multi-factor authentication.
    /// </summary>
    public static IApplicationBuilder UseTwoFactorEnrolment(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var endpoint = context.GetEndpoint();
            if (context.User.Identity?.IsAuthenticated == true
                && endpoint?.Metadata.GetMetadata<IAuthorizeData>() is not null
                && endpoint.Metadata.GetMetadata<AllowWithoutTwoFactorAttribute>() is null
                // Multi-factor authentication at the work-account provider meets the requirement for this session.
                && !WorkAccountScheme.HasProviderMultiFactor(context.User)
                && context.RequestServices.GetRequiredService<SignedInUser>() is var signedIn
                // The session check has read the flag; only someone without two-factor needs their account row read.
                && signedIn.Session?.TwoFactorEnabled != true
                && await signedIn.GetAsync() is { TwoFactorEnabled: false } user
                && await context.RequestServices.GetRequiredService<TwoFactorPolicy>().IsRequiredAsync(user, context.RequestAborted))
            {
                context.Response.Redirect(Links.Account.TwoFactor(context.Request.Path + context.Request.QueryString));
                return;
            }

            await next(context);
        });
}
