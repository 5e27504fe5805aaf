using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.Organisations;
using KmIcs.Assurance.Web.Components.Shared.Nhs;

namespace KmIcs.Assurance.Web.Components.Pages.Admin;

/// <summary>
/// The role and organisation checkboxes of the invite and member forms. Posted values are only names and ids the
/// page offered: they are parsed here, and organisation ids are checked against the tenant's own organisations by
/// <see cref="MembershipService"/> (through the tenant query filter), never trusted.
/// </summary>
public static class MemberChoices
{
    public static IReadOnlyList<Checkboxes.Item> RoleItems { get; } =
        TenantRoles.All.Select(r => new Checkboxes.Item(TenantRoles.Name(r), TenantRoles.Title(r), TenantRoles.Description(r))).ToList();

    public static Checkboxes.Item[] OrganisationItems(IEnumerable<OrganisationName> organisations) =>
        organisations
            .Select(o => new Checkboxes.Item(o.Id.ToString(), o.Abbreviated == o.Name ? o.Name : $"{o.Name} ({o.ShortName})"))
            .ToArray();

    public static List<TenantRole> ParseRoles(IEnumerable<string>? values, FormErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var roles = new List<TenantRole>();
        foreach (var value in values ?? [])
        {
            if (TenantRoles.TryParse(value, out var role))
            {
                roles.Add(role.Value);
            }
            else
            {
                errors.Add("roles", "Select roles from the list");
            }
        }

        return roles;
    }

    public static List<Guid> ParseOrganisations(IEnumerable<string>? values, FormErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var ids = new List<Guid>();
        foreach (var value in values ?? [])
        {
            if (Guid.TryParse(value, out var id))
            {
                ids.Add(id);
            }
            else
            {
                errors.Add("organisations", "Select organisations from the list");
            }
        }

        return ids;
    }

    /// <summary>The fields the member, organisation and partnership services name in their refusals; each page's input has the same id.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["email", "roles", "organisations", "name", "slug", "short-name", "kind", "keep", "alias"];
}
