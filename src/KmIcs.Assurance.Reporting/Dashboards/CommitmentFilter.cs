namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>
/// The commitment list's filters, all from the query string. <see cref="Organisations"/> holds lead bodies to match
/// (a chosen lead body, a place with its member bodies, or the user's own organisations); empty means any.
/// </summary>
public sealed record CommitmentFilter(string? Outcome, IReadOnlyCollection<Guid> Organisations, string? Text)
{
    public static CommitmentFilter None { get; } = new(null, [], null);
}
