using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Packs;

/// <summary>A body the partnership reports to: the ICP itself, a Health and Wellbeing Board, a cabinet committee.</summary>
public class Committee : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Name { get; set; }

    /// <summary>What the committee is for, or who it reports to, in the clerk's words.</summary>
    public string? Description { get; set; }

    public List<Meeting> Meetings { get; } = [];

    public int Version { get; set; }
}
