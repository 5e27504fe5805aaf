using KmIcs.Assurance.Data.Identity;
using Microsoft.AspNetCore.Authorization;

namespace KmIcs.Assurance.Web.Authorization;

/// <summary>
/// The portal's authorization policies. A tenant page names one of the tenant policies
/// (<c>@attribute [Authorize(Policy = Policies.Analyst)]</c>): signed in, a member of the route's tenant (else 404,
/// see <see cref="Tenancy.TenantRouteMiddleware"/>) and holding one of the policy's roles (else 403).
/// </summary>
public static class Policies
{
    /// <summary>Any active member of the route's tenant, whatever their roles.</summary>
    public const string TenantMember = "tenant:any";

    public const string LeadPartner = "tenant:lead-partner";

    public const string Analyst = "tenant:analyst";

    public const string Clerk = "tenant:clerk";

    public const string TenantAdmin = "tenant:tenant-admin";

    /// <summary>
    /// Committee clerks and tenant admins: they run reporting rounds and approve or return lead bodies' updates
    /// (issue 5), as the progress-reporting services allow (<c>ProgressReportingAccess.CanReview</c>).
    /// </summary>
    public const string Reviewer = "tenant:reviewer";

    /// <summary>Public health analysts and tenant admins: they enter, import and correct indicator values (issue 13).</summary>
    public const string DataEditor = "tenant:data-editor";

    /// <summary>Not tenant-scoped: the global Identity role <c>platform-admin</c>.</summary>
    public const string PlatformAdmin = "platform-admin";

    /// <summary>The roles each tenant policy admits; <see cref="TenantMember"/> admits every role.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<TenantRole>> TenantPolicies { get; } = new Dictionary<string, IReadOnlySet<TenantRole>>
    {
        [TenantMember] = TenantRoles.All.ToHashSet(),
        [LeadPartner] = new HashSet<TenantRole> { TenantRole.LeadPartner },
        [Analyst] = new HashSet<TenantRole> { TenantRole.Analyst },
        [Clerk] = new HashSet<TenantRole> { TenantRole.Clerk },
        [TenantAdmin] = new HashSet<TenantRole> { TenantRole.TenantAdmin },
        [Reviewer] = new HashSet<TenantRole> { TenantRole.Clerk, TenantRole.TenantAdmin },
        [DataEditor] = new HashSet<TenantRole> { TenantRole.Analyst, TenantRole.TenantAdmin },
    };

    public static void Add(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (name, roles) in TenantPolicies)
        {
            options.AddPolicy(name, policy => policy.RequireAuthenticatedUser().AddRequirements(new TenantRoleRequirement(roles)));
        }

        options.AddPolicy(PlatformAdmin, policy => policy.RequireAuthenticatedUser().RequireRole(TenantRoles.PlatformAdmin));
    }
}
