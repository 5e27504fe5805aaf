using KmIcs.Assurance.Web.Email;

namespace KmIcs.Assurance.Web.Identity;

/// <summary>
/// The account emails (invitation, password reset), with absolute links to this portal built from the configured
/// <see cref="EmailOptions.PublicBaseUrl"/>, never from the request: a forged Host header must not put its own address
/// in front of a reset code.
/// </summary>
public sealed class AccountEmails(IEmailSender sender, EmailOptions options)
{
    public Task SendInvitationAsync(string to, string tenantName, string token, DateTime expiresAtUtc, CancellationToken cancellationToken = default) =>
        sender.SendAsync(new EmailMessage(
            to,
            $"You have been invited to {tenantName} on Strategy Delivery Assurance",
            $"""
            You have been invited to join {tenantName} on Strategy Delivery Assurance.

            Set your password and sign in:
            {Absolute(Links.Account.Invitation(token))}

            The link works once and expires on {Formats.DateTime(expiresAtUtc)} (UK time).
            If you were not expecting this email, you can ignore it.
            """),
            cancellationToken);

    public Task SendPasswordResetAsync(string to, string email, string code, CancellationToken cancellationToken = default) =>
        sender.SendAsync(new EmailMessage(
            to,
            "Reset your Strategy Delivery Assurance password",
            $"""
            Someone asked to reset the password for this email address on Strategy Delivery Assurance.

            Reset your password:
            {Absolute(Links.Account.ResetPassword(email, code))}

            If it was not you, ignore this email: your password has not changed.
            """),
            cancellationToken);

    private string Absolute(string path) => options.PublicRoot + path;
}
