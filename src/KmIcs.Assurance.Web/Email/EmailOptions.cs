namespace KmIcs.Assurance.Web.Email;

/// <summary>Bound from the <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public string From { get; set; } = "no-reply@assurance.invalid";

    public string FromName { get; set; } = "Strategy Delivery Assurance";

    /// <summary>Where messages go when no SMTP host is configured; relative paths are under the content root.</summary>
    public string PickupDirectory { get; set; } = Path.Combine("App_Data", "mail");

    /// <summary>The address people reach the portal on, for links in emails. Empty: taken from the request.</summary>
    public string? PublicBaseUrl { get; set; }

    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }

        public int Port { get; set; } = 587;

        public bool EnableSsl { get; set; } = true;

        public string? UserName { get; set; }

        public string? Password { get; set; }
    }
}
