using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace KmIcs.Assurance.Web.Identity;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a POST from the header's form (with its antiforgery token), never a link a page could trigger.</summary>
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
            await signIn.SignOutAsync();
            await audit.RecordAsync(AuditActions.SignedOut, nameof(ApplicationUser), userId?.ToString(), "Signed out", cancellationToken: context.RequestAborted);
        }

        return Results.LocalRedirect(Links.Account.SignIn());
    }
}
