using KmIcs.Assurance.Data.Auditing;
using Microsoft.AspNetCore.Identity;

namespace KmIcs.Assurance.Data.Identity;

/// <summary>
/// Who a work-account sign-in (an OpenID Connect provider such as Microsoft Entra ID) says the person is, already
/// checked by the portal: the provider and the person's stable key there, and their email address only when the
/// provider vouched for it (null otherwise).
/// </summary>
public sealed record WorkAccountIdentity(string Provider, string ProviderKey, string ProviderDisplayName, string? VerifiedEmail);

/// <summary>How a work-account sign-in found its account.</summary>
public enum WorkAccountMatch
{
    /// <summary>The login was linked to the account before.</summary>
    AlreadyLinked,

    /// <summary>The verified address belongs to an account that was set up already; the login is now linked to it.</summary>
    LinkedToAccount,

    /// <summary>The verified address had pending invitations; they are accepted and the login is linked.</summary>
    AcceptedInvitation,
}

public sealed record WorkAccountLink(ApplicationUser User, WorkAccountMatch Match, IReadOnlyList<Invitation> AcceptedInvitations);

/// <summary>
/// Finds the account a work-account sign-in belongs to, and links it the first time. Nobody gets an account this way
/// who was not given one: the login must be linked already, or the provider must have verified an email address that
/// belongs to an active account or has a pending, unexpired invitation (docs/entra-id.md). Everything else is
/// refused and nothing is created.
/// </summary>
public sealed class WorkAccountService(AssuranceDbContext db, UserManager<ApplicationUser> users, InvitationService invitations, AuditLog audit)
{
    public const string Deactivated = "the account is deactivated";
    public const string NoVerifiedEmail = "the identity provider did not verify an email address";
    public const string NoAccount = "no account or pending invitation for the verified address";

    public async Task<ServiceResult<WorkAccountLink>> FindOrLinkAsync(WorkAccountIdentity identity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (await users.FindByLoginAsync(identity.Provider, identity.ProviderKey) is { } linked)
        {
            return linked.IsActive
                ? ServiceResult.Success(new WorkAccountLink(linked, WorkAccountMatch.AlreadyLinked, []))
                : Refuse(Deactivated);
        }

        if (string.IsNullOrWhiteSpace(identity.VerifiedEmail))
        {
            return Refuse(NoVerifiedEmail);
        }

        var user = await users.FindByEmailAsync(identity.VerifiedEmail.Trim());
        if (user is null)
        {
            return Refuse(NoAccount);
        }

        if (!user.IsActive)
        {
            return Refuse(Deactivated);
        }

        // A confirmed address is an account someone set up (accepted an invitation, or an operator created it). An
        // unconfirmed one exists only for its invitations, and only an open invitation lets this sign-in in.
        IReadOnlyList<Invitation> accepted = [];
        if (!user.EmailConfirmed)
        {
            accepted = await invitations.AcceptVerifiedAsync(user, cancellationToken);
            if (accepted.Count == 0)
            {
                return Refuse(NoAccount);
            }
        }

        audit.Add(AuditActions.WorkAccountLinked, nameof(ApplicationUser), user.Id.ToString(),
            $"Work account ({identity.ProviderDisplayName}) linked to {user.Email}", userId: user.Id, userName: user.Email);
        // Saves the login, the accepted invitations and their audit rows in one SaveChanges.
        var added = await users.AddLoginAsync(user, new UserLoginInfo(identity.Provider, identity.ProviderKey, identity.ProviderDisplayName));
        if (!added.Succeeded)
        {
            // Nothing half-done may be saved later by someone else's SaveChanges on this request's context.
            db.ChangeTracker.Clear();
            return ServiceResult.Failure<WorkAccountLink>(added.Errors.Select(e => new FieldError(FieldError.WholeForm, e.Description)));
        }

        return ServiceResult.Success(new WorkAccountLink(user, accepted.Count > 0 ? WorkAccountMatch.AcceptedInvitation : WorkAccountMatch.LinkedToAccount, accepted));
    }

    private static ServiceResult<WorkAccountLink> Refuse(string reason) =>
        ServiceResult.Failure<WorkAccountLink>(new FieldError(FieldError.WholeForm, reason));
}
