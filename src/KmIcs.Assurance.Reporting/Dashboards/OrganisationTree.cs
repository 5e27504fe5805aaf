using KmIcs.Assurance.Domain.Organisations;

namespace KmIcs.Assurance.Reporting.Dashboards;

/// <summary>Organisations form a hierarchy (a council and its directorates); a place filter takes the whole branch.</summary>
internal static class OrganisationTree
{
    public static IReadOnlySet<Guid> WithDescendants(IReadOnlyCollection<Organisation> organisations, Guid root)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        var found = new HashSet<Guid>();
        if (!organisations.Any(o => o.Id == root))
        {
            return found;
        }

        var children = organisations.Where(o => o.ParentId is not null).ToLookup(o => o.ParentId!.Value);
        var pending = new Queue<Guid>([root]);
        while (pending.TryDequeue(out var id))
        {
            if (found.Add(id))
            {
                foreach (var child in children[id])
                {
                    pending.Enqueue(child.Id);
                }
            }
        }

        return found;
    }
}
