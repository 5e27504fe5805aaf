using KmIcs.Assurance.Domain.Packs;

namespace KmIcs.Assurance.Reporting.Packs;

/// <summary>A pack in the archive without its bytes or model: what lists and the progress page show.</summary>
public sealed record PackSummaryRow(
    Guid Id,
    PackKind Kind,
    string Scope,
    string Title,
    int DocumentVersion,
    string Marking,
    DateOnly AsAt,
    Guid? MeetingId,
    string? Meeting,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    PackStatus Status,
    string? Message,
    int Attempts,
    string? Sha256,
    long SizeBytes,
    int Pages,
    DateTimeOffset? CompletedAt);
