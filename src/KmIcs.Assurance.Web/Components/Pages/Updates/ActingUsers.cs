using KmIcs.Assurance.Data.ProgressReporting;
using KmIcs.Assurance.Web.Identity;

namespace KmIcs.Assurance.Web.Components.Pages.Updates;

/// <summary>The signed-in person as the progress-reporting services record them: id and the name shown on updates.</summary>
public static class ActingUsers
{
    public static async Task<ActingUser> CurrentAsync(SignedInUser signedIn)
    {
        ArgumentNullException.ThrowIfNull(signedIn);
        var user = await signedIn.GetAsync() ?? throw new InvalidOperationException("A signed-in user is required.");
        var name = string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? user.Id.ToString() : user.DisplayName;
        return new ActingUser(user.Id, name);
    }
}
