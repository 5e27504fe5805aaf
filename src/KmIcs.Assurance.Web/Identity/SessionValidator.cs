using System.Security.Claims;
using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Web.Identity.WorkAccounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KmIcs.Assurance.Web.Identity;

/// <summary>
/// Checks the session cookie against the account on every request, with one single-row query: the account must exist,
/// be active and carry the security stamp the cookie was issued with (a password reset, deactivation or two-factor
/// change ends the session at once), and the cookie is rebuilt when the account's platform-admin role no longer matches
/// it. Identity's own validator rebuilds the whole principal (three queries) and re-issues the cookie each time; this
/// one does that only when the role changed. What it read is kept on <see cref="SignedInUser"/> for the rest of the
/// request (the two-factor enrolment check needs no query of its own). See docs/adr/0013.
/// </summary>
public sealed class SessionValidator(AssuranceDbContext db, SignedInUser signedIn, IOptions<IdentityOptions> identityOptions) : ISecurityStampValidator
{
    private static readonly string PlatformAdminRole = TenantRoles.PlatformAdmin.ToUpperInvariant();

    private static readonly Func<AssuranceDbContext, Guid, CancellationToken, Task<AccountSession?>> LoadSession =
        EF.CompileAsyncQuery((AssuranceDbContext context, Guid id, CancellationToken _) =>
            context.Users
                .Where(u => u.Id == id)
                .Select(u => new AccountSession(
                    u.SecurityStamp,
                    u.IsActive,
                    u.TwoFactorEnabled,
                    context.UserRoles.Any(ur => ur.UserId == u.Id && context.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == PlatformAdminRole))))
                .FirstOrDefault());

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = identityOptions.Value.ClaimsIdentity;
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(claims.UserIdClaimType);
        var session = Guid.TryParse(userId, out var id) ? await LoadSession(db, id, context.HttpContext.RequestAborted) : null;
        if (principal is null
            || session is not { IsActive: true }
            || !string.Equals(session.SecurityStamp, principal.FindFirstValue(claims.SecurityStampClaimType), StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await SignInManager(context).SignOutAsync();
            return;
        }

        signedIn.Session = session;
        if (principal.HasClaim(claims.RoleClaimType, TenantRoles.PlatformAdmin) != session.IsPlatformAdmin)
        {
            var manager = SignInManager(context);
            var user = await manager.UserManager.FindByIdAsync(userId!);
            if (user is null)
            {
                context.RejectPrincipal();
                return;
            }

            // How the session began (a provider's multi-factor sign-in counts as two-factor) outlives the rebuild.
            var rebuilt = await manager.CreateUserPrincipalAsync(user);
            rebuilt.Identities.First().AddClaims(WorkAccountScheme.HowSignedIn(principal));
            context.ReplacePrincipal(rebuilt);
            context.ShouldRenew = true;
        }
    }

    // Resolved only when a session ends or changes: building the sign-in and user managers costs more than the check.
    private static SignInManager<ApplicationUser> SignInManager(CookieValidatePrincipalContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<SignInManager<ApplicationUser>>();
}

/// <summary>What <see cref="SessionValidator"/> read about the signed-in account for this request.</summary>
public sealed record AccountSession(string? SecurityStamp, bool IsActive, bool TwoFactorEnabled, bool IsPlatformAdmin);
