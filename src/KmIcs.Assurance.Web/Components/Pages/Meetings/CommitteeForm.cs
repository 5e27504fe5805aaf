using System.Globalization;
using KmIcs.Assurance.Domain.Packs;

namespace KmIcs.Assurance.Web.Components.Pages.Meetings;

/// <summary>What the add and edit committee forms post, kept as text so a refused form shows what was typed.</summary>
public sealed class CommitteeForm
{
    /// <summary>The service's field names, which are also the inputs' ids.</summary>
    public static readonly IReadOnlyList<string> Fields = ["name", "description"];

    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The version of the committee the edit form was made from; unused when adding.</summary>
    public string? Version { get; set; }

    public static CommitteeForm From(Committee committee)
    {
        ArgumentNullException.ThrowIfNull(committee);
        return new()
        {
            Name = committee.Name,
            Description = committee.Description,
            Version = committee.Version.ToString(CultureInfo.InvariantCulture),
        };
    }
}
