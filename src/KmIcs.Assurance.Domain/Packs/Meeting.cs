using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Packs;

/// <summary>One meeting of a committee: the date the papers are read, and the date they must be with the clerk.</summary>
public class Meeting : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid CommitteeId { get; set; }

    public Committee? Committee { get; set; }

    public required string Title { get; set; }

    public DateOnly Date { get; set; }

    /// <summary>The last day papers (packs) can reach the clerk; null when the committee sets none.</summary>
    public DateOnly? PapersDeadline { get; set; }

    /// <summary>The packs the clerk plans for this meeting, in words ("Annual indicator update; deep dive on outcome 3").</summary>
    public string? PacksDue { get; set; }

    public int Version { get; set; }
}
