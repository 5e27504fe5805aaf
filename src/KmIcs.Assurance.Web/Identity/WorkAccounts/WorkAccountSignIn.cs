using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace KmIcs.Assurance.Web.Identity.WorkAccounts;

/// <summary>
/// Finishes a work-account sign-in once the OpenID Connect handler has validated the token and put it in Identity's
/// external cookie: checks the token's tenant is trusted, finds or links the account (<see cref="WorkAccountService"/>),
/// then signs in the way a password sign-in does (two-factor step, lockout, landing page). Every outcome is audited;
/// every refusal ends on one page and removes the external cookie.
/// </summary>
public sealed partial class WorkAccountSignIn(
    WorkAccountService accounts,
    SignInManager<ApplicationUser> signIn,
    SignInLanding landing,
    AuditLog audit,
    WorkAccountOptions options,
    ILogger<WorkAccountSignIn> logger)
{
    public const string UntrustedTenant = "the token comes from an Entra tenant that is not trusted";
    public const string NoObjectId = "the token does not identify the person (no tid or oid claim)";

    /// <summary>Where to send the browser next.</summary>
    public async Task<string> CompleteAsync(HttpContext context, string? returnUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        var external = await context.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || external.Principal is null)
        {
            // Nothing came back from the provider (an old or copied callback link): start again.
            return Links.Account.SignIn(returnUrl);
        }

        var claims = WorkAccountClaims.Read(external.Principal);
        if (claims.TenantId is not { } tenant || !options.TrustedTenants().Contains(tenant))
        {
            return await RefuseAsync(context, UntrustedTenant, claims, null);
        }

        if (claims.ProviderKey is not { } key)
        {
            return await RefuseAsync(context, NoObjectId, claims, null);
        }

        var found = await accounts.FindOrLinkAsync(new WorkAccountIdentity(WorkAccountScheme.Name, key, WorkAccountScheme.DisplayName, claims.VerifiedEmail), context.RequestAborted);
        if (!found.Succeeded)
        {
            return await RefuseAsync(context, found.Summary ?? "the account could not be linked", claims, null);
        }

        var user = found.Value!.User;
        var result = await signIn.ExternalLoginSignInAsync(WorkAccountScheme.Name, key, isPersistent: false, bypassTwoFactor: claims.MultiFactor);
        if (result.Succeeded)
        {
            var how = claims.MultiFactor ? "with multi-factor authentication at the provider" : "without multi-factor authentication at the provider";
            await audit.RecordAsync(AuditActions.SignedIn, nameof(ApplicationUser), user.Id.ToString(),
                $"Signed in with a work account ({WorkAccountScheme.DisplayName}, {how})", userId: user.Id, userName: user.Email, cancellationToken: context.RequestAborted);
            return await landing.GetAsync(user, returnUrl, twoFactorDone: claims.MultiFactor, context.RequestAborted);
        }

        if (result.RequiresTwoFactor)
        {
            // Audited as a sign-in when the code is accepted, as after a password.
            return Links.Account.SignInTwoFactor(returnUrl);
        }

        if (result.IsLockedOut)
        {
            await context.SignOutAsync(IdentityConstants.ExternalScheme);
            await audit.RecordAsync(AuditActions.LockedOut, nameof(ApplicationUser), user.Id.ToString(),
                "Work account sign-in refused: account locked after repeated failures", userId: user.Id, userName: user.Email, cancellationToken: context.RequestAborted);
            return Links.Account.Locked();
        }

        return await RefuseAsync(context, "the account may not sign in (not active or email not confirmed)", claims, user);
    }

    private async Task<string> RefuseAsync(HttpContext context, string reason, WorkAccountClaims claims, ApplicationUser? user)
    {
        await context.SignOutAsync(IdentityConstants.ExternalScheme);
        LogRefused(logger, reason, claims.TenantId);
        await audit.RecordAsync(AuditActions.SignInFailed, nameof(ApplicationUser), user?.Id.ToString(),
            $"Work account sign-in refused: {reason} (Entra tenant {claims.TenantId?.ToString() ?? "unknown"})", userId: user?.Id, userName: user?.Email,
            cancellationToken: context.RequestAborted);
        return Links.Account.WorkAccountRefused();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work account sign-in refused: {Reason} (Entra tenant {TenantId})")]
    private static partial void LogRefused(ILogger logger, string reason, Guid? tenantId);
}
