namespace KmIcs.Assurance.Data.IndicatorValues;

/// <summary>
/// A value typed on the entry form. <see cref="Version"/> is the version of the value the form corrects, or null for a
/// new value; it lets a correction made from a stale page be refused instead of overwriting someone else's.
/// </summary>
public sealed record ValueEntry(Guid IndicatorId, ValueCandidate Candidate, string? Reason, int? Version);
