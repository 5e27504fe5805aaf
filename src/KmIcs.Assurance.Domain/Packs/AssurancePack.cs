using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Packs;

/// <summary>
/// One generated assurance pack, kept for good: the PDF's bytes and SHA-256, and the model it was printed from as JSON,
/// so what a committee read can always be read again byte for byte and compared with the next pack. Generating the
/// same pack again (same kind, scope, as-at date and meeting) adds a new <see cref="DocumentVersion"/> and never
/// overwrites one.
/// </summary>
public class AssurancePack : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public PackKind Kind { get; init; }

    /// <summary>What the pack covers, as canonical text (<see cref="PackScope"/>).</summary>
    public required string Scope { get; init; }

    /// <summary>Kind, scope, as-at date and meeting (hashed): packs with the same series are versions of one document.</summary>
    public required string Series { get; init; }

    /// <summary>1 for the first pack of its series, then 2, 3, ...; printed on the cover.</summary>
    public int DocumentVersion { get; init; }

    public required string Title { get; init; }

    /// <summary>The Government Security Classification marking printed on every page ("OFFICIAL").</summary>
    public required string Marking { get; init; }

    /// <summary>The data is as it stood at the end of this day.</summary>
    public DateOnly AsAt { get; init; }

    public Guid? MeetingId { get; init; }

    public Guid? RequestedById { get; init; }

    public required string RequestedBy { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public PackStatus Status { get; set; }

    /// <summary>Why the last render failed, in words for the clerk.</summary>
    public string? Message { get; set; }

    /// <summary>How many times rendering has started, counting restarts and retries.</summary>
    public int Attempts { get; set; }

    /// <summary>The pack model as JSON, taken once; a restarted or retried render prints this, never a newer read.</summary>
    public string? ModelJson { get; set; }

    public byte[]? Pdf { get; set; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Pdf"/>.</summary>
    public string? Sha256 { get; set; }

    public long SizeBytes { get; set; }

    public int Pages { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public int Version { get; set; }
}
