using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity;
using Microsoft.AspNetCore.Authentication;

namespace KmIcs.Assurance.Web.Identity.WorkAccounts;

/// <summary>
/// A work-account sign-in that failed before the portal saw a token (the person cancelled, Entra refused, the token
/// did not validate): audited, logged, and answered with the sign-in page and a message, not an error page.
/// </summary>
public static partial class WorkAccountFailures
{
    public const string Done = "work-account-failed";

    public static async Task HandleAsync(RemoteFailureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.HttpContext.RequestServices;
        var reason = context.Failure?.Message ?? "unknown";
        LogFailed(services.GetRequiredService<ILogger<WorkAccountSignIn>>(), context.Failure);
        await services.GetRequiredService<AuditLog>().RecordAsync(AuditActions.SignInFailed, nameof(ApplicationUser), null,
            $"Work account sign-in failed before the portal received a valid token: {Shorten(reason)}", cancellationToken: context.HttpContext.RequestAborted);
        context.Response.Redirect(Links.WithQuery(Links.Account.SignInPath, ("done", Done)));
        context.HandleResponse();
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work account sign-in failed at the provider or in token validation")]
    private static partial void LogFailed(ILogger logger, Exception? exception);
}
