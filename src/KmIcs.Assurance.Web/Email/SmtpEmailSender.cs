using System.Text;
using MailKit.Net.Smtp;
using MimeKit;
using MimeKit.Text;

namespace KmIcs.Assurance.Web.Email;

/// <summary>
/// Sends with MailKit to an SMTP server, or, with no server configured, writes each message into a pickup folder as an
/// .eml file in 8-bit text, so that a developer (and the tests' Mailbox) reads it as plain text.
/// </summary>
public sealed partial class SmtpEmailSender(EmailOptions options, string contentRoot, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public string PickupDirectory { get; } = Path.GetFullPath(Path.Combine(contentRoot, options.PickupDirectory));

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(options.Smtp.Host);

    /// <summary>
    /// Sends the message, or throws: a server that refuses the sender, a recipient or the message raises MailKit's
    /// <see cref="SmtpCommandException"/> (its <c>ErrorCode</c>, <c>StatusCode</c> and <c>Mailbox</c> say which and why),
    /// and a server that cannot be reached raises a socket or protocol error. Callers let it propagate.
    /// </summary>
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var mime = Compose(message);
        if (UsesSmtp)
        {
            await SendOverSmtpAsync(mime, cancellationToken);
        }
        else
        {
            await WriteToPickupAsync(mime, cancellationToken);
        }

        LogSent(logger, message.Subject, UsesSmtp ? options.Smtp.Host! : PickupDirectory);
    }

    private MimeMessage Compose(EmailMessage message)
    {
        var body = new TextPart(TextFormat.Plain);
        body.SetText(Encoding.UTF8, message.Body);
        var mime = new MimeMessage { Subject = message.Subject, Body = body };
        mime.From.Add(new MailboxAddress(options.FromName, options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        return mime;
    }

    private async Task SendOverSmtpAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Smtp;
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.SocketSecurity, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private async Task WriteToPickupAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        // 8-bit text, not quoted-printable: the links stay on one line, '=' in their query strings unescaped.
        foreach (var text in message.BodyParts.OfType<TextPart>())
        {
            text.ContentTransferEncoding = ContentEncoding.EightBit;
        }

        Directory.CreateDirectory(PickupDirectory);
        var name = Path.Combine(PickupDirectory, $"{Guid.NewGuid():N}.eml");

        // Written under another name and renamed, so that whoever reads the folder never sees half a message.
        var partial = name + ".partial";
        await using (var file = File.Create(partial))
        {
            await message.WriteToAsync(file, cancellationToken);
        }

        File.Move(partial, name);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email \"{Subject}\" sent via {Destination}")]
    private static partial void LogSent(ILogger logger, string subject, string destination);
}
