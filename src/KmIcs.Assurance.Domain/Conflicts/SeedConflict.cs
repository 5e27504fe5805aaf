using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Conflicts;

/// <summary>
/// Where two source documents disagree (a target of 60% in one and 71% in another). The seed keeps the value it
/// used and records every version here for a person to settle, instead of the importer silently picking one.
/// </summary>
public class SeedConflict : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    /// <summary>What disagrees, in words ("commitment 'X' lead body").</summary>
    public required string Subject { get; set; }

    /// <summary>The indicator concerned, when the conflict is about one.</summary>
    public Guid? IndicatorId { get; init; }

    /// <summary>The indicator field concerned ("target", "baseline"), when the seed names one.</summary>
    public string? Field { get; set; }

    /// <summary>What differs and which value was used.</summary>
    public string? Note { get; set; }

    public List<ConflictValue> Values { get; } = [];

    /// <summary>Set when a person has decided which value stands.</summary>
    public bool Resolved { get; set; }
}
