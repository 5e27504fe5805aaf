using System.Text;
using KmIcs.Assurance.Testing.Email;
using KmIcs.Assurance.Web.Email;
using KmIcs.Assurance.Web.Identity;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace KmIcs.Assurance.Web.Tests.Email;

/// <summary>The portal's emails go through MailKit to a real (loopback) SMTP server, or into the pickup folder.</summary>
public sealed class SmtpEmailSenderTests : IAsyncDisposable
{
    private const string PublicBaseUrl = "https://assurance.example.nhs.uk";
    private readonly string contentRoot = Path.Combine(Path.GetTempPath(), $"kmics-smtp-{Guid.NewGuid():N}");
    private readonly SmtpTestServer server = SmtpTestServer.Start("nobody@example.org");

    [Fact]
    public async Task An_invitation_reaches_the_recipient_over_smtp_with_its_subject_and_link()
    {
        var options = SmtpOptions();
        var expires = new DateTime(2027, 1, 14, 9, 30, 0, DateTimeKind.Utc);

        await new AccountEmails(Sender(options), options).SendInvitationAsync("invitee@example.org", "Kent and Medway", "token-123", expires);

        var received = Assert.Single(server.Messages);
        Assert.Equal(options.From, received.From);
        Assert.Equal(["invitee@example.org"], received.To);
        using var message = Parse(received);
        Assert.Equal("invitee@example.org", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal(options.From, Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal("Strategy Delivery Assurance", Assert.Single(message.From.Mailboxes).Name);
        Assert.Equal("You have been invited to Kent and Medway on Strategy Delivery Assurance", message.Subject);
        Assert.Contains(PublicBaseUrl + Links.Account.Invitation("token-123"), message.TextBody, StringComparison.Ordinal);
        Assert.Empty(server.Logins);
    }

    [Fact]
    public async Task A_password_reset_signs_in_to_the_server_when_a_user_name_is_configured()
    {
        var options = SmtpOptions();
        options.Smtp.UserName = "portal-mailer";
        options.Smtp.Password = "not a real password";

        await new AccountEmails(Sender(options), options).SendPasswordResetAsync("member@example.org", "member@example.org", "code=with+characters");

        Assert.Equal(["portal-mailer"], server.Logins);
        using var message = Parse(Assert.Single(server.Messages));
        Assert.Equal("Reset your Strategy Delivery Assurance password", message.Subject);
        Assert.Contains(PublicBaseUrl + Links.Account.ResetPassword("member@example.org", "code=with+characters"), message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recipient_the_server_refuses_fails_the_send_saying_which_and_why()
    {
        var sender = Sender(SmtpOptions());

        var refused = await Assert.ThrowsAsync<SmtpCommandException>(() =>
            sender.SendAsync(new EmailMessage("nobody@example.org", "Reset your password", "A link")));

        Assert.Equal(SmtpErrorCode.RecipientNotAccepted, refused.ErrorCode);
        Assert.Equal(SmtpStatusCode.MailboxUnavailable, refused.StatusCode);
        Assert.Equal("nobody@example.org", refused.Mailbox?.Address);
        Assert.Contains("User unknown", refused.Message, StringComparison.Ordinal);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task A_cancelled_send_delivers_nothing()
    {
        var sender = Sender(SmtpOptions());

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            sender.SendAsync(new EmailMessage("invitee@example.org", "Invitation", "A link"), new CancellationToken(canceled: true)));

        Assert.Empty(server.Messages);
    }

    [Theory]
    [InlineData(true, null, SecureSocketOptions.StartTls)]
    [InlineData(false, null, SecureSocketOptions.None)]
    [InlineData(true, SecureSocketOptions.SslOnConnect, SecureSocketOptions.SslOnConnect)]
    [InlineData(false, SecureSocketOptions.StartTlsWhenAvailable, SecureSocketOptions.StartTlsWhenAvailable)]
    public void EnableSsl_keeps_its_meaning_of_starttls_unless_security_is_set(bool enableSsl, SecureSocketOptions? security, SecureSocketOptions expected)
    {
        var smtp = new EmailOptions.SmtpOptions { EnableSsl = enableSsl, Security = security };

        Assert.Equal(expected, smtp.SocketSecurity);
    }

    [Fact]
    public async Task Without_a_server_the_message_is_written_to_the_pickup_folder_as_plain_text()
    {
        var options = new EmailOptions { PublicBaseUrl = PublicBaseUrl, PickupDirectory = "mail" };
        var sender = Sender(options);
        var link = PublicBaseUrl + Links.Account.ResetPassword("member@example.org", "code=with+characters");

        await sender.SendAsync(new EmailMessage("member@example.org", "Réinitialiser: reset your password", "Reset it here:\n" + link + "\n"));

        var file = Assert.Single(Directory.GetFiles(sender.PickupDirectory));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(file, Encoding.UTF8);
        Assert.Contains("To: member@example.org", text, StringComparison.Ordinal);
        Assert.Contains("\n" + link + "\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        using var message = MimeMessage.Load(file);
        Assert.Equal("Réinitialiser: reset your password", message.Subject);
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        if (Directory.Exists(contentRoot))
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    private EmailOptions SmtpOptions() => new()
    {
        PublicBaseUrl = PublicBaseUrl,
        Smtp = new EmailOptions.SmtpOptions { Host = server.Host, Port = server.Port, EnableSsl = false },
    };

    private SmtpEmailSender Sender(EmailOptions options) => new(options, contentRoot, NullLogger<SmtpEmailSender>.Instance);

    private static MimeMessage Parse(ReceivedMail mail) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(mail.Data)));
}
