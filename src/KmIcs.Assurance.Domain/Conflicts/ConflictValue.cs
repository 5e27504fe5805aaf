using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Conflicts;

/// <summary>One document's version of a disputed value, with the citation it comes from.</summary>
public class ConflictValue : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid SeedConflictId { get; init; }

    public required string Value { get; set; }

    /// <summary>Short citation ("000 SDP v1.6 p.12").</summary>
    public required string Source { get; set; }

    public int DisplayOrder { get; set; }
}
