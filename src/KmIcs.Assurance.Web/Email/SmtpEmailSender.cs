using System.Net;
using System.Net.Mail;
using System.Text;

namespace KmIcs.Assurance.Web.Email;

/// <summary>
/// Sends through System.Net.Mail (MailKit is not on our package source): to an SMTP server, or, with no server
/// configured, into a pickup folder as .eml files written in 8-bit text so they read as plain text.
/// </summary>
public sealed partial class SmtpEmailSender(EmailOptions options, string contentRoot, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public string PickupDirectory { get; } = Path.GetFullPath(Path.Combine(contentRoot, options.PickupDirectory));

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(options.Smtp.Host);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var mail = new MailMessage
        {
            From = new MailAddress(options.From, options.FromName),
            Subject = message.Subject,
            Body = message.Body,
            IsBodyHtml = false,
            BodyEncoding = Encoding.UTF8,
            SubjectEncoding = Encoding.UTF8,
        };
        mail.To.Add(message.To);

        using var client = new SmtpClient();
        if (UsesSmtp)
        {
            client.Host = options.Smtp.Host!;
            client.Port = options.Smtp.Port;
            client.EnableSsl = options.Smtp.EnableSsl;
            client.DeliveryMethod = SmtpDeliveryMethod.Network;
            if (!string.IsNullOrEmpty(options.Smtp.UserName))
            {
                client.Credentials = new NetworkCredential(options.Smtp.UserName, options.Smtp.Password);
            }
        }
        else
        {
            Directory.CreateDirectory(PickupDirectory);
            mail.BodyTransferEncoding = System.Net.Mime.TransferEncoding.EightBit;
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = PickupDirectory;
        }

        await client.SendMailAsync(mail, cancellationToken);
        LogSent(logger, message.Subject, UsesSmtp ? options.Smtp.Host! : PickupDirectory);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email \"{Subject}\" sent via {Destination}")]
    private static partial void LogSent(ILogger logger, string subject, string destination);
}
