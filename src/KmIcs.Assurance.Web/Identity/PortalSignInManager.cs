using System.Security.Claims;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Web.Identity.WorkAccounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace KmIcs.Assurance.Web.Identity;

/// <summary>
/// Identity's sign-in manager with two rules of ours: a deactivated user cannot sign in, and an existing session of
/// theirs fails its security-stamp check (run on every request) and ends; and a work-account sign-in whose provider
/// performed multi-factor authentication leaves the same <c>amr</c> = <c>mfa</c> claim as Identity's own two-factor
/// sign-in, so the session counts as two-factor (docs/entra-id.md).
/// </summary>
public sealed class PortalSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsActive && await base.CanSignInAsync(user);
    }

    public override async Task<bool> ValidateSecurityStampAsync(ApplicationUser? user, string? securityStamp) =>
        user is { IsActive: true } && await base.ValidateSecurityStampAsync(user, securityStamp);

    protected override async Task<SignInResult> SignInOrTwoFactorAsync(ApplicationUser user, bool isPersistent, string? loginProvider = null, bool bypassTwoFactor = false)
    {
        if (!bypassTwoFactor || loginProvider != WorkAccountScheme.Name)
        {
            return await base.SignInOrTwoFactorAsync(user, isPersistent, loginProvider, bypassTwoFactor);
        }

        await Context.SignOutAsync(IdentityConstants.ExternalScheme);
        await SignInWithClaimsAsync(user, isPersistent,
        [
            new Claim(WorkAccountScheme.MultiFactorClaimType, WorkAccountScheme.MultiFactorClaimValue),
            new Claim(ClaimTypes.AuthenticationMethod, loginProvider),
        ]);
        return SignInResult.Success;
    }
}
