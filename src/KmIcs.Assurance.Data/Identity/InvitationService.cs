using System.Security.Cryptography;
using System.Text;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity.Configurations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Identity;

/// <summary>What an invitation link is worth when someone opens it.</summary>
public enum InvitationState
{
    Valid,
    Expired,
    AlreadyUsed,
    Unknown,
}

/// <summary>A new invitation and the token for its link; the token is shown or sent once and never stored.</summary>
public sealed record IssuedInvitation(Invitation Invitation, TenantMembership Membership, string Token);

/// <summary>
/// Invitation-only onboarding: an admin invites an email address to the current tenant with roles; the person gets
/// a single-use link that expires after <see cref="AccountOptions.InvitationLifetime"/> and sets their password.
/// Following the link proves they own the address, so accepting also confirms the email. The membership gives no
/// access until the person accepts: someone who already has an account confirms with their password, so nobody is
/// made a member of a partnership without agreeing to it.
/// </summary>
public sealed class InvitationService(
    AssuranceDbContext db,
    UserManager<ApplicationUser> users,
    MembershipService memberships,
    AuditLog audit,
    AccountOptions options)
{
    /// <summary>
    /// Invites <paramref name="email"/> to the current tenant. The address and name are checked first
    /// (<see cref="ValidateInvitee"/>), so nothing is created for one that could never receive the invitation.
    /// </summary>
    public async Task<ServiceResult<IssuedInvitation>> InviteAsync(
        string email, string displayName, IReadOnlyCollection<TenantRole> roles, IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken = default)
    {
        email = (email ?? "").Trim();
        if (ValidateInvitee(email, displayName) is { Count: > 0 } problems)
        {
            return ServiceResult.Failure<IssuedInvitation>(problems);
        }

        var user = await users.FindByEmailAsync(email);
        var created = false;
        if (user is null)
        {
            var result = await memberships.CreateUserAsync(email, string.IsNullOrWhiteSpace(displayName) ? email : displayName, password: null, cancellationToken);
            if (!result.Succeeded)
            {
                return ServiceResult.Failure<IssuedInvitation>(result.Errors);
            }

            user = result.Value!;
            created = true;
        }

        var membership = await memberships.AddMembershipAsync(user, roles, organisationIds, joined: false, cancellationToken);
        if (!membership.Succeeded)
        {
            if (created)
            {
                await users.DeleteAsync(user);
            }

            return ServiceResult.Failure<IssuedInvitation>(membership.Errors);
        }

        return ServiceResult.Success(await IssueAsync(user, membership.Value!, cancellationToken));
    }

    /// <summary>
    /// The problems with an invitee's email address (field <c>email</c>: required, at most 254 characters, one line in
    /// the shape of an address) and name (field <c>name</c>: optional here, at most the column's length, one line).
    /// </summary>
    public static IReadOnlyList<FieldError> ValidateInvitee(string? email, string? displayName)
    {
        var errors = new List<FieldError>();
        if (EmailAddresses.Problem(email?.Trim(), "email") is { } problem)
        {
            errors.Add(problem);
        }

        var name = displayName?.Trim() ?? "";
        if (name.Length > AccountsSchema.DisplayNameMaxLength)
        {
            errors.Add(new FieldError("name", $"Full name must be {AccountsSchema.DisplayNameMaxLength} characters or fewer"));
        }
        else if (name.Any(char.IsControl))
        {
            errors.Add(new FieldError("name", "Full name must be on one line, without line breaks or tabs"));
        }

        return errors;
    }

    /// <summary>A fresh link for a member who has not accepted yet (the old link stops working).</summary>
    public async Task<IssuedInvitation?> ReissueAsync(Guid membershipId, CancellationToken cancellationToken = default)
    {
        var tenantId = db.CurrentTenant.TenantId ?? throw new InvalidOperationException("Set CurrentTenant first.");
        var membership = await memberships.FindAsync(tenantId, membershipId, cancellationToken);
        if (membership?.User is null || membership.HasJoined)
        {
            return null;
        }

        var open = await db.Invitations.Where(i => i.UserId == membership.UserId && i.TenantId == tenantId && i.AcceptedAtUtc == null).ToListAsync(cancellationToken);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        foreach (var old in open.Where(i => i.ExpiresAtUtc > now))
        {
            old.ExpiresAtUtc = now;
        }

        return await IssueAsync(membership.User, membership, cancellationToken);
    }

    public async Task<(InvitationState State, Invitation? Invitation)> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return (InvitationState.Unknown, null);
        }

        var hash = Hash(token);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            return (InvitationState.Unknown, null);
        }

        if (invitation.AcceptedAtUtc is not null)
        {
            return (InvitationState.AlreadyUsed, invitation);
        }

        return invitation.ExpiresAtUtc <= db.Clock.GetUtcNow().UtcDateTime
            ? (InvitationState.Expired, invitation)
            : (InvitationState.Valid, invitation);
    }

    /// <summary>
    /// Sets the password of a new account, or checks the password of an existing one, then marks the invitation used,
    /// confirms the email address and opens the membership.
    /// </summary>
    public async Task<ServiceResult<ApplicationUser>> AcceptAsync(string? token, string password, CancellationToken cancellationToken = default)
    {
        var (state, invitation) = await FindAsync(token, cancellationToken);
        if (state != InvitationState.Valid || invitation is null)
        {
            return ServiceResult.Failure<ApplicationUser>(new FieldError("token", Explain(state)));
        }

        var user = await users.FindByIdAsync(invitation.UserId.ToString());
        if (user is null)
        {
            return ServiceResult.Failure<ApplicationUser>(new FieldError("token", Explain(InvitationState.Unknown)));
        }

        if (!await users.HasPasswordAsync(user))
        {
            var added = await users.AddPasswordAsync(user, password);
            if (!added.Succeeded)
            {
                return ServiceResult.Failure<ApplicationUser>(added.Errors.Select(e => new FieldError("password", e.Description)));
            }
        }
        else if (!await users.CheckCountingFailuresAsync(user, password))
        {
            return ServiceResult.Failure<ApplicationUser>(new FieldError("password", ExistingPasswordError));
        }

        if (!await MarkAcceptedAsync(invitation, user, "accepted their invitation", cancellationToken))
        {
            return ServiceResult.Failure<ApplicationUser>(new FieldError("token", Explain(InvitationState.Unknown)));
        }

        var updated = await users.UpdateAsync(user);
        return updated.Succeeded
            ? ServiceResult.Success(user)
            : ServiceResult.Failure<ApplicationUser>(updated.Errors.Select(e => new FieldError("password", e.Description)));
    }

    /// <summary>
    /// Accepts every pending, unexpired invitation of <paramref name="user"/>, whose email address a trusted identity
    /// provider has just verified (a work-account sign-in): the same effect as following each link, without a
    /// password. The changes are saved by the caller's next <c>SaveChanges</c>, together with the login it links, so
    /// either both happen or neither does. Returns the invitations accepted (none: nothing changed).
    /// </summary>
    public async Task<IReadOnlyList<Invitation>> AcceptVerifiedAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var pending = await db.Invitations
            .Where(i => i.UserId == user.Id && i.AcceptedAtUtc == null && i.ExpiresAtUtc > now)
            .OrderBy(i => i.CreatedAtUtc)
            .ToListAsync(cancellationToken);
        var accepted = new List<Invitation>();
        foreach (var invitation in pending)
        {
            if (await MarkAcceptedAsync(invitation, user, "accepted their invitation by signing in with a work account", cancellationToken))
            {
                accepted.Add(invitation);
            }
        }

        return accepted;
    }

    /// <summary>
    /// Opens the invitation's membership, confirms the address it was sent to and marks it used; false when the
    /// membership no longer exists. Saved by the caller.
    /// </summary>
    private async Task<bool> MarkAcceptedAsync(Invitation invitation, ApplicationUser user, string summary, CancellationToken cancellationToken)
    {
        var membership = await db.TenantMemberships.SingleOrDefaultAsync(m => m.TenantId == invitation.TenantId && m.UserId == user.Id, cancellationToken);
        if (membership is null)
        {
            return false;
        }

        var now = db.Clock.GetUtcNow().UtcDateTime;
        membership.JoinedAtUtc ??= now;
        user.EmailConfirmed = true;
        invitation.AcceptedAtUtc = now;
        audit.Add(AuditActions.InvitationAccepted, nameof(Invitation), invitation.Id.ToString(), $"{user.Email} {summary}",
            invitation.TenantId, user.Id, user.Email);
        return true;
    }

    public const string ExistingPasswordError = "Enter the password you sign in with";

    public static string Explain(InvitationState state) => state switch
    {
        InvitationState.Valid => "The invitation is valid",
        InvitationState.Expired => "This invitation link has expired. Ask your partnership's portal administrator to send a new one.",
        InvitationState.AlreadyUsed => "This invitation link has already been used. Sign in with the password you set.",
        InvitationState.Unknown => "This invitation link is not valid. Check you copied the entire link from the email.",
    };

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim())));

    private async Task<IssuedInvitation> IssueAsync(ApplicationUser user, TenantMembership membership, CancellationToken cancellationToken)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var invitation = new Invitation
        {
            TenantId = membership.TenantId,
            UserId = user.Id,
            Email = user.Email ?? "",
            TokenHash = Hash(token),
            CreatedAtUtc = now,
            ExpiresAtUtc = now + options.InvitationLifetime,
            InvitedByUserId = db.CurrentActor.UserId,
        };
        db.Invitations.Add(invitation);
        audit.Add(AuditActions.Invited, nameof(Invitation), invitation.Id.ToString(),
            $"{user.Email} invited as {MembershipService.Describe(membership.Roles.Select(r => r.Role))}", membership.TenantId);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedInvitation(invitation, membership, token);
    }
}
