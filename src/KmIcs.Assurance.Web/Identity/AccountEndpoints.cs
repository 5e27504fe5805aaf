using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace KmIcs.Assurance.Web.Identity;

public static class AccountEndpoints
{
    /// <summary>
    /// Sign-out is a POST from the header's form (with its antiforgery token), never a link a page could trigger. It ends
    /// the session on the server: every session of the account, in every browser, ends with it (docs/accounts.md).
    /// </summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(Links.Account.SignOutPath, SignOutAsync);
        return app;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, SignInManager<ApplicationUser> signIn, AuditLog audit)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.BadRequest();
        }

        if (context.User.Identity?.IsAuthenticated == true)
        {
            var userId = SignedInUser.IdOf(context.User);
            // Deleting the cookie in this browser is not enough: a copy taken earlier would still work until it expired.
            // A new security stamp makes every cookie issued before it fail SessionValidator's check on its next request.
            if (userId is { } id && await signIn.UserManager.FindByIdAsync(id.ToString()) is { } user)
            {
                await signIn.UserManager.UpdateSecurityStampAsync(user);
            }

            await signIn.SignOutAsync();
            await audit.RecordAsync(AuditActions.SignedOut, nameof(ApplicationUser), userId?.ToString(), "Signed out", cancellationToken: context.RequestAborted);
        }

        return Results.LocalRedirect(Links.Account.SignIn());
    }
}
