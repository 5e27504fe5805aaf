namespace KmIcs.Assurance.Web.Email;

/// <summary>A plain-text email to one person.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>
/// Sends the portal's emails (invitations, password resets, later reminders). SMTP when <c>Email:Smtp:Host</c> is set;
/// otherwise each message is written as an .eml file to <c>Email:PickupDirectory</c>, so a developer can read it.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
