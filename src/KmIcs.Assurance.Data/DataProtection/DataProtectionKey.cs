namespace KmIcs.Assurance.Data.DataProtection;

/// <summary>
/// One ASP.NET Core data-protection key (the XML element the key manager writes). Keeping keys in the database lets
/// every app instance read the same cookies, antiforgery tokens and email links.
/// </summary>
public class DataProtectionKey
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = "";
}
