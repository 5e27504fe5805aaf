using System.Security.Claims;
using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KmIcs.Assurance.Web.Identity;

/// <summary>
/// Checks the session cookie against the account on every request, with one query: the account must exist, be active
/// and carry the security stamp the cookie was issued with (a password reset, deactivation or two-factor change ends
/// the session at once), and the cookie's global roles are refreshed when they no longer match the account's.
/// Identity's own validator rebuilds the whole principal (three queries) and re-issues the cookie each time; this one
/// does that only when a role changed. The account row is loaded tracked, so <see cref="SignedInUser"/> and
/// <see cref="UserManager{TUser}"/> find it later in the request without another query.
/// </summary>
public sealed class SessionValidator(AssuranceDbContext db, IOptions<IdentityOptions> identityOptions) : ISecurityStampValidator
{
    private static readonly Func<AssuranceDbContext, Guid, CancellationToken, Task<SessionAccount?>> LoadAccount =
        EF.CompileAsyncQuery((AssuranceDbContext context, Guid id, CancellationToken _) =>
            context.Users
                .Where(u => u.Id == id)
                .Select(u => new SessionAccount(
                    u,
                    context.UserRoles.Where(r => r.UserId == u.Id).Join(context.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList()))
                .FirstOrDefault());

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = identityOptions.Value.ClaimsIdentity;
        var principal = context.Principal;
        var account = principal is not null && Guid.TryParse(principal.FindFirstValue(claims.UserIdClaimType), out var id)
            ? await LoadAccount(db, id, context.HttpContext.RequestAborted)
            : null;
        if (principal is null
            || account is not { User.IsActive: true }
            || !string.Equals(account.User.SecurityStamp, principal.FindFirstValue(claims.SecurityStampClaimType), StringComparison.Ordinal))
        {
            context.RejectPrincipal();
            await SignInManager(context).SignOutAsync();
            return;
        }

        var cookieRoles = principal.FindAll(claims.RoleClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        if (!cookieRoles.SetEquals(account.Roles))
        {
            context.ReplacePrincipal(await SignInManager(context).CreateUserPrincipalAsync(account.User));
            context.ShouldRenew = true;
        }
    }

    // Resolved only when a session ends or changes: building the sign-in and user managers costs more than the check.
    private static SignInManager<ApplicationUser> SignInManager(CookieValidatePrincipalContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<SignInManager<ApplicationUser>>();

    private sealed record SessionAccount(ApplicationUser User, List<string> Roles);
}
