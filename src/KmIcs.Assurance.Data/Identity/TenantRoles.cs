using System.Diagnostics.CodeAnalysis;

namespace KmIcs.Assurance.Data.Identity;

/// <summary>
/// The role names people type and read: in the CLI (<c>--role lead-partner</c>), configuration and pages. One table so
/// a name and its description never drift apart.
/// </summary>
public static class TenantRoles
{
    public const string PlatformAdmin = "platform-admin";

    public static IReadOnlyList<TenantRole> All { get; } = Enum.GetValues<TenantRole>();

    /// <summary>Every name the CLI accepts, tenant roles first, then <c>platform-admin</c>.</summary>
    public static IReadOnlyList<string> AllNames { get; } = [.. All.Select(Name), PlatformAdmin];

    public static string Name(TenantRole role) => role switch
    {
        TenantRole.Member => "member",
        TenantRole.LeadPartner => "lead-partner",
        TenantRole.Analyst => "analyst",
        TenantRole.Clerk => "clerk",
        TenantRole.TenantAdmin => "tenant-admin",
    };

    public static string Title(TenantRole role) => role switch
    {
        TenantRole.Member => "ICP member",
        TenantRole.LeadPartner => "Lead partner",
        TenantRole.Analyst => "Analyst",
        TenantRole.Clerk => "Committee clerk",
        TenantRole.TenantAdmin => "Tenant admin",
    };

    public static string Description(TenantRole role) => role switch
    {
        TenantRole.Member => "Views outcome dashboards, commitments, indicators and packs.",
        TenantRole.LeadPartner => "Updates the commitments their organisations lead.",
        TenantRole.Analyst => "Enters and imports indicator values and maintains indicator details.",
        TenantRole.Clerk => "Runs reporting rounds and produces assurance packs.",
        TenantRole.TenantAdmin => "Manages members, organisations and the strategy.",
    };

    public static bool TryParse(string? name, [NotNullWhen(true)] out TenantRole? role)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = null;
        return false;
    }
}
