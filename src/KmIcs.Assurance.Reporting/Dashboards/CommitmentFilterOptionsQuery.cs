using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Strategies;
using KmIcs.Assurance.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>The choices the commitment list's filter form offers, read in two commands.</summary>
public sealed class CommitmentFilterOptionsQuery(AssuranceDbContext db)
{
    public async Task<CommitmentFilterOptions> RunAsync(CancellationToken cancellationToken = default)
    {
        var organisations = await db.Set<Organisation>().AsNoTracking().ToListAsync(cancellationToken);
        var outcomes = await db.CurrentOutcomeChoicesAsync(cancellationToken);
        return new CommitmentFilterOptions(outcomes, organisations);
    }
}

/// <summary>
/// The outcomes, lead bodies and places the commitment list can be filtered by, and the rule that turns a chosen lead
/// body, place or "my organisation" into the lead bodies to match.
/// </summary>
public sealed class CommitmentFilterOptions
{
    private readonly IReadOnlyList<Organisation> all;

    public CommitmentFilterOptions(IReadOnlyList<(string Number, string Title)> outcomes, IReadOnlyList<Organisation> organisations)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        all = organisations;
        Outcomes = outcomes;
        Organisations = organisations.OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        Places = Organisations.Where(o => o.Kind is OrganisationKind.HealthAndCarePartnership or OrganisationKind.DistrictCouncil).ToList();
    }

    /// <summary>The current strategy's outcomes, in document order.</summary>
    public IReadOnlyList<(string Number, string Title)> Outcomes { get; }

    /// <summary>Every organisation, by name: any of them can lead a commitment.</summary>
    public IReadOnlyList<Organisation> Organisations { get; }

    /// <summary>Health and care partnerships and district councils, by name: the places a commitment can be delivered in.</summary>
    public IReadOnlyList<Organisation> Places { get; }

    /// <summary>
    /// The filter for the choices made, or null when organisation choices were made but leave no lead body to match,
    /// so no commitment can match. A place, and the member's own organisations (<paramref name="mine"/>, null when not
    /// asked for), each take the bodies within them too.
    /// </summary>
    public CommitmentFilter? Filter(string? outcome, Guid? lead, Guid? place, IReadOnlyCollection<Guid>? mine, string? text)
    {
        var chosen = new HashSet<Guid>();
        if (lead is { } leadId)
        {
            chosen.Add(leadId);
        }

        if (place is { } placeId)
        {
            chosen.UnionWith(OrganisationTree.WithDescendants(all, placeId));
        }

        // A council's member also answers for its directorates and teams (Kent Public Health Team under KCC).
        foreach (var own in mine ?? [])
        {
            chosen.UnionWith(OrganisationTree.WithDescendants(all, own));
        }

        var filterApplied = lead is not null || place is not null || mine is not null;
        return filterApplied && chosen.Count == 0 ? null : new CommitmentFilter(outcome, chosen, text);
    }
}
