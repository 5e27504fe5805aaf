using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace KmIcs.Assurance.Web.Identity.WorkAccounts;

public static class WorkAccountEndpoints
{
    /// <summary>
    /// The sign-in page's "Sign in with a work account" form posts here (antiforgery-checked, rate-limited as a sign-in
    /// post) and is sent to Entra ID; the OpenID Connect handler receives the answer on its callback path, signs into
    /// Identity's external cookie and sends the browser to the callback mapped here, which finishes the sign-in.
    /// Mapped only when work-account sign-in is configured.
    /// </summary>
    public static IEndpointRouteBuilder MapWorkAccountEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.ServiceProvider.GetRequiredService<WorkAccountOptions>().IsConfigured)
        {
            return app;
        }

        app.MapPost(Links.Account.WorkAccountSignInPath, ChallengeAsync);
        app.MapGet(Links.Account.WorkAccountCallbackPath, async (HttpContext context, WorkAccountSignIn signIn, string? returnUrl) =>
            Results.LocalRedirect(await signIn.CompleteAsync(context, returnUrl)));
        return app;
    }

    private static async Task<IResult> ChallengeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.BadRequest();
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = form["returnUrl"].ToString();
        var properties = new AuthenticationProperties { RedirectUri = Links.Account.WorkAccountCallback(Links.IsLocal(returnUrl) ? returnUrl : null) };
        return Results.Challenge(properties, [WorkAccountScheme.Name]);
    }
}
