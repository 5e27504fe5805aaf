using System.Security.Claims;
using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Identity;

namespace KmIcs.Assurance.Web.Identity;

/// <summary>
/// The signed-in user for this request: <see cref="Session"/> as <see cref="SessionValidator"/> found it, and the account
/// row, read once when a page or middleware first needs it and shared by them (the instance Identity's managers use).
/// </summary>
public sealed class SignedInUser(AssuranceDbContext db, IHttpContextAccessor accessor)
{
    private ApplicationUser? user;
    private bool loaded;

    /// <summary>The account's state checked at the start of this request; null when nobody is signed in.</summary>
    public AccountSession? Session { get; set; }

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
