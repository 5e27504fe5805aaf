using System.Security.Claims;
using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Identity;

namespace KmIcs.Assurance.Web.Identity;

/// <summary>
/// The signed-in user's row, shared by middleware, layout and pages. <see cref="SessionValidator"/> has already loaded it
/// into this request's unit of work, so finding it by key costs no query (and is the instance Identity's managers use).
/// </summary>
public sealed class SignedInUser(AssuranceDbContext db, IHttpContextAccessor accessor)
{
    private ApplicationUser? user;
    private bool loaded;

    public async Task<ApplicationUser?> GetAsync()
    {
        if (!loaded)
        {
            var principal = accessor.HttpContext?.User;
            user = principal?.Identity?.IsAuthenticated == true && IdOf(principal) is { } id ? await db.Users.FindAsync(id) : null;
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
