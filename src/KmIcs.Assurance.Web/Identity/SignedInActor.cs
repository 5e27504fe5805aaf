using KmIcs.Assurance.Data.ProgressReporting;

namespace KmIcs.Assurance.Web.Identity;

/// <summary>The signed-in person as the progress-reporting services record them: their account id and display name.</summary>
public static class SignedInActor
{
    /// <summary>
    /// The acting user for this request, for every page that writes on someone's behalf. The name is the account's
    /// display name (its email, else its user name, when it has none), copied onto the rows written, so a review still
    /// says who made it after the account changes.
    /// </summary>
    public static async Task<ActingUser> ActingUserAsync(this SignedInUser signedIn)
    {
        ArgumentNullException.ThrowIfNull(signedIn);
        var user = await signedIn.GetAsync() ?? throw new InvalidOperationException("This page needs a signed-in user.");
        return new ActingUser(user.Id, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? user.UserName ?? user.Id.ToString() : user.DisplayName);
    }
}
