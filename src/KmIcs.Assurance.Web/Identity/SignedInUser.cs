using System.Security.Claims;
using KmIcs.Assurance.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace KmIcs.Assurance.Web.Identity;

/// <summary>The signed-in user's row, read once per request and shared by middleware, layout and pages.</summary>
public sealed class SignedInUser(UserManager<ApplicationUser> users, IHttpContextAccessor accessor)
{
    private ApplicationUser? user;
    private bool loaded;

    public async Task<ApplicationUser?> GetAsync()
    {
        if (!loaded)
        {
            var principal = accessor.HttpContext?.User;
            user = principal?.Identity?.IsAuthenticated == true ? await users.GetUserAsync(principal) : null;
            loaded = true;
        }

        return user;
    }

    public static Guid? IdOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
    }
}
