using System.Text.RegularExpressions;
using KmIcs.Assurance.Domain.Tenancy;

namespace KmIcs.Assurance.Domain.Organisations;

/// <summary>
/// A body that leads commitments, delivery examples or place priorities: the ICB, a trust, a council, an HCP,
/// a committee. Councils' directorates point at the council through <see cref="ParentId"/>.
/// </summary>
public partial class Organisation : ITenantOwned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public required string Name { get; set; }

    public string? ShortName { get; set; }

    public OrganisationKind Kind { get; set; }

    /// <summary>The organisation this one is part of (a directorate's council); null at the top of the hierarchy.</summary>
    public Guid? ParentId { get; set; }

    public List<OrganisationAlias> Aliases { get; } = [];

    /// <summary>
    /// Optimistic concurrency token: the Data layer checks and increments it on every save, so an edit made from a
    /// stale copy is refused with a conflict message instead of silently overwriting someone else's change.
    /// </summary>
    public int Version { get; set; }

    /// <summary>
    /// Whether <paramref name="name"/> is this organisation's name, short name or one of its aliases. Case and
    /// surrounding or repeated white space are ignored because the documents' text conversion is inconsistent about
    /// both; punctuation is not, so "KCC" and "K.C.C." stay different until someone adds the alias.
    /// </summary>
    public bool IsKnownAs(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        var wanted = Normalise(name);
        return Matches(Name) || Matches(ShortName) || Aliases.Exists(alias => Matches(alias.Text));

        bool Matches(string? candidate) =>
            candidate is not null && string.Equals(Normalise(candidate), wanted, StringComparison.OrdinalIgnoreCase);
    }

    private static string Normalise(string text) => WhiteSpaceRun().Replace(text.Trim(), " ");

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpaceRun();
}
