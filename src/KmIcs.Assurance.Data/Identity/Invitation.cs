namespace KmIcs.Assurance.Data.Identity;

/// <summary>
/// A single-use, expiring link that lets an invited person set their password. Only a hash of the token is stored,
/// so a copy of the database cannot be used to accept anyone's invitation.
/// </summary>
public class Invitation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid UserId { get; set; }

    public string Email { get; set; } = "";

    /// <summary>SHA-256 of the token in the link, as lower-case hex.</summary>
    public string TokenHash { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DateTime? AcceptedAtUtc { get; set; }

    public Guid? InvitedByUserId { get; set; }
}
