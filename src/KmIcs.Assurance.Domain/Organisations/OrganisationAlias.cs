using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Organisations;

/// <summary>
/// Another spelling of an organisation's name as the source documents print it ("Kent County Council (KCC)"),
/// kept so imports and searches recognise every spelling.
/// </summary>
public class OrganisationAlias : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid OrganisationId { get; init; }

    public required string Text { get; set; }
}
