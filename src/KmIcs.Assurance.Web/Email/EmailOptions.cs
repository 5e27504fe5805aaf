using MailKit.Security;

namespace KmIcs.Assurance.Web.Email;

/// <summary>Bound from the <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public string From { get; set; } = "no-reply@assurance.invalid";

    public string FromName { get; set; } = "Strategy Delivery Assurance";

    /// <summary>Where messages go when no SMTP host is configured; relative paths are under the content root.</summary>
    public string PickupDirectory { get; set; } = Path.Combine("App_Data", "mail");

    /// <summary>
    /// The address people reach the portal on, for every link in an email. Required (<see cref="Validate"/>): links are
    /// never built from a request's Host header, which the sender of the request chooses.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary><see cref="PublicBaseUrl"/> without a trailing slash, ready for a path.</summary>
    public string PublicRoot => (PublicBaseUrl ?? "").TrimEnd('/');

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Why the settings cannot be used, or null: the portal refuses to start rather than send broken or forgeable links.</summary>
    public string? Validate() =>
        Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
            ? null
            : $"Email:PublicBaseUrl must be the absolute http(s) address people reach the portal on, such as https://assurance.example.nhs.uk "
              + $"(environment variable Email__PublicBaseUrl); it is '{PublicBaseUrl}'. Links in invitation and password-reset emails are built "
              + "from it, never from the request's Host header.";

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        /// <summary>
        /// True: the connection must be upgraded with STARTTLS before anything is sent (what System.Net.Mail's
        /// <c>EnableSsl</c> did); false: plain text. <see cref="Security"/>, when set, overrides it.
        /// </summary>
        public bool EnableSsl { get; set; } = true;

        /// <summary>
        /// How the connection is secured, as MailKit names it: <c>None</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c>,
        /// <c>SslOnConnect</c> (implicit TLS, usually port 465) or <c>Auto</c>. Unset: <see cref="EnableSsl"/> decides.
        /// </summary>
        public SecureSocketOptions? Security { get; set; }

        /// <summary>The security the connection uses: <see cref="Security"/>, else what <see cref="EnableSsl"/> has always meant.</summary>
        public SecureSocketOptions SocketSecurity => Security ?? (EnableSsl ? SecureSocketOptions.StartTls : SecureSocketOptions.None);

        public string? UserName { get; set; }

        public string? Password { get; set; }
    }
}
