using System.Text.RegularExpressions;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Configurations;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Identity;

/// <summary>
/// Tenants, users and memberships: what the admin pages and the operator CLI do. Roles and organisations arrive as
/// values a form or command line offered; they are checked here against the tenant's own organisations, so nothing
/// from the request can reach another tenant's rows.
/// </summary>
public sealed partial class MembershipService(AssuranceDbContext db, UserManager<ApplicationUser> users, AuditLog audit)
{
    public const int SlugMaxLength = 64;

    /// <summary>The refusal of a change made from an older copy of the member than the database holds.</summary>
    public const string StaleMessage = "Someone else changed this member while you were editing them. Their current roles and status are shown: check them and try again";

    public async Task<ServiceResult<Tenant>> CreateTenantAsync(string slug, string name, CancellationToken cancellationToken = default)
    {
        slug = (slug ?? "").Trim().ToLowerInvariant();
        name = (name ?? "").Trim();
        var errors = new List<FieldError>();
        if (name.Length == 0)
        {
            errors.Add(new FieldError("name", "Enter the partnership's name"));
        }
        else if (name.Length > SchemaLimits.Name)
        {
            errors.Add(new FieldError("name", $"Name must be {SchemaLimits.Name} characters or fewer"));
        }
        else if (name.Any(char.IsControl))
        {
            // A line break would be stored and then break every page title and email subject the name appears in.
            errors.Add(new FieldError("name", "Name must be on one line, without line breaks or tabs"));
        }

        if (slug.Length == 0)
        {
            errors.Add(new FieldError("slug", "Enter the web address name"));
        }
        else if (slug.Length > SlugMaxLength || !SlugPattern().IsMatch(slug))
        {
            errors.Add(new FieldError("slug", "Web address name must be lower-case letters, numbers and single hyphens, up to 64 characters"));
        }
        else if (IsReserved(slug))
        {
            errors.Add(new FieldError("slug", $"Web address name {slug} is used by the portal's own pages. Choose another"));
        }
        else if (await db.Set<Tenant>().AnyAsync(t => t.Slug == slug, cancellationToken))
        {
            errors.Add(new FieldError("slug", "Web address name is already used"));
        }

        if (errors.Count > 0)
        {
            return ServiceResult.Failure<Tenant>(errors);
        }

        var tenant = new Tenant { Slug = slug, Name = name, CreatedAt = db.Clock.GetUtcNow() };
        db.Set<Tenant>().Add(tenant);
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Success(tenant);
    }

    /// <summary>
    /// The first segments of the portal's own addresses (pages, endpoints, static asset folders): a tenant with one of
    /// these slugs would be hidden behind that page. A web test checks every route the app maps is on this list.
    /// </summary>
    public static IReadOnlySet<string> ReservedSlugs { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "accessibility", "account", "platform", "health", "error", "not-found", "status", "lib", "css", "js", "packs",
    };

    public static bool IsReserved(string slug) => ReservedSlugs.Contains(slug);

    /// <summary>
    /// Every partnership with its number of memberships, by name: the platform admin's list. Tenants are not
    /// tenant-owned and the counts span tenants, so this is platform-wide by design.
    /// </summary>
    public async Task<IReadOnlyList<TenantSummary>> ListTenantsAsync(CancellationToken cancellationToken = default)
    {
        var tenants = await db.Set<Tenant>().AsNoTracking().ToListAsync(cancellationToken);
        var counts = await db.TenantMemberships.AsNoTracking()
            .GroupBy(m => m.TenantId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return tenants.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .Select(t => new TenantSummary(t.Name, t.Slug, counts.GetValueOrDefault(t.Id), t.CreatedAt))
            .ToList();
    }

    /// <summary>
    /// The current tenant's members for the admin's list, by name: an invited person who has not joined is shown by
    /// the address they were invited with, not by their account's name.
    /// </summary>
    public async Task<IReadOnlyList<MemberSummary>> ListMembersAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = RequireTenant();
        var rows = await db.TenantMemberships.AsNoTracking()
            .Where(m => m.TenantId == tenantId)
            .Select(m => new
            {
                m.Id,
                Active = m.IsActive && m.User!.IsActive,
                Joined = m.JoinedAtUtc != null,
                m.User!.DisplayName,
                m.User.Email,
                Roles = m.Roles.Select(r => r.Role).ToList(),
                Organisations = m.Organisations.Select(o => o.OrganisationId).ToList(),
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(m => new MemberSummary(m.Id, TenantMembership.ShownName(m.Joined, m.DisplayName, m.Email), m.Email ?? "", m.Active, m.Joined, m.Roles, m.Organisations))
            .OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>Creates a user who can sign in with <paramref name="password"/>, or (null) one who must accept an invitation first.</summary>
    public async Task<ServiceResult<ApplicationUser>> CreateUserAsync(string email, string displayName, string? password, CancellationToken cancellationToken = default)
    {
        var user = new ApplicationUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            DisplayName = displayName.Trim(),
            EmailConfirmed = password is not null,
            CreatedAtUtc = db.Clock.GetUtcNow().UtcDateTime,
        };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        return created.Succeeded
            ? ServiceResult.Success(user)
            : ServiceResult.Failure<ApplicationUser>(created.Errors.Select(e => new FieldError(FieldOf(e), e.Description)));
    }

    /// <summary>
    /// Adds a user to the current tenant with the given roles and (for lead partners) organisations. An operator's
    /// addition (<paramref name="joined"/>) gives access at once; an invitation's waits until the person accepts it.
    /// </summary>
    public async Task<ServiceResult<TenantMembership>> AddMembershipAsync(
        ApplicationUser user, IReadOnlyCollection<TenantRole> roles, IReadOnlyCollection<Guid> organisationIds, bool joined, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var tenantId = RequireTenant();
        var errors = await ValidateAsync(roles, organisationIds, cancellationToken);
        if (await db.TenantMemberships.AnyAsync(m => m.TenantId == tenantId && m.UserId == user.Id, cancellationToken))
        {
            errors.Add(new FieldError("email", $"{user.Email} is already a member of this partnership"));
        }

        if (errors.Count > 0)
        {
            return ServiceResult.Failure<TenantMembership>(errors);
        }

        var now = db.Clock.GetUtcNow().UtcDateTime;
        var membership = new TenantMembership
        {
            TenantId = tenantId,
            UserId = user.Id,
            CreatedAtUtc = now,
            JoinedAtUtc = joined ? now : null,
            Roles = [.. roles.Distinct().Order().Select(r => new TenantMembershipRole { Role = r })],
            Organisations = [.. organisationIds.Distinct().Select(o => new TenantMembershipOrganisation { OrganisationId = o })],
        };
        db.TenantMemberships.Add(membership);
        audit.Add(AuditActions.RolesChanged, nameof(TenantMembership), membership.Id.ToString(),
            $"{user.Email} {(joined ? "joined" : "invited")} with roles {Describe(roles)}", tenantId);
        await db.SaveChangesAsync(cancellationToken);
        return ServiceResult.Success(membership);
    }

    /// <summary>
    /// Replaces a membership's roles and organisations; the change and its audit rows commit together. Refused with
    /// <see cref="StaleMessage"/>, changing nothing, when the membership is no longer at <paramref name="expectedVersion"/>.
    /// </summary>
    public async Task<ServiceResult<TenantMembership>> ChangeRolesAsync(Guid membershipId, int expectedVersion, IReadOnlyCollection<TenantRole> roles, IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken = default)
    {
        var tenantId = RequireTenant();
        var membership = await FindAsync(tenantId, membershipId, cancellationToken);
        if (membership is null)
        {
            return ServiceResult.Failure<TenantMembership>(new FieldError("", "Member not found"));
        }

        if (membership.Version != expectedVersion)
        {
            return ServiceResult.Failure<TenantMembership>(new FieldError("", StaleMessage));
        }

        var errors = await ValidateAsync(roles, organisationIds, cancellationToken);
        if (errors.Count > 0)
        {
            return ServiceResult.Failure<TenantMembership>(errors);
        }

        var before = Describe(membership.Roles.Select(r => r.Role).ToList());
        membership.Roles.RemoveAll(r => !roles.Contains(r.Role));
        membership.Roles.AddRange(roles.Distinct().Where(r => !membership.HasRole(r)).Select(r => new TenantMembershipRole { MembershipId = membership.Id, Role = r }));
        membership.Organisations.RemoveAll(o => !organisationIds.Contains(o.OrganisationId));
        membership.Organisations.AddRange(organisationIds.Distinct()
            .Where(id => !membership.Organisations.Exists(o => o.OrganisationId == id))
            .Select(id => new TenantMembershipOrganisation { MembershipId = membership.Id, OrganisationId = id }));
        audit.Add(AuditActions.RolesChanged, nameof(TenantMembership), membership.Id.ToString(),
            $"Roles of {membership.User?.Email} changed from {before} to {Describe(roles)}", tenantId);
        return await SaveVersionedAsync(membership, cancellationToken);
    }

    /// <summary>
    /// Deactivates or reactivates a membership; it takes effect on the member's next request. Refused with
    /// <see cref="StaleMessage"/>, changing nothing, when the membership is no longer at <paramref name="expectedVersion"/>.
    /// </summary>
    public async Task<ServiceResult<TenantMembership>> SetActiveAsync(Guid membershipId, int expectedVersion, bool active, CancellationToken cancellationToken = default)
    {
        var tenantId = RequireTenant();
        var membership = await FindAsync(tenantId, membershipId, cancellationToken);
        if (membership is null)
        {
            return ServiceResult.Failure<TenantMembership>(new FieldError("", "Member not found"));
        }

        if (membership.Version != expectedVersion)
        {
            return ServiceResult.Failure<TenantMembership>(new FieldError("", StaleMessage));
        }

        if (membership.IsActive == active)
        {
            return ServiceResult.Success(membership);
        }

        membership.IsActive = active;
        audit.Add(active ? AuditActions.MembershipReactivated : AuditActions.MembershipDeactivated, nameof(TenantMembership), membership.Id.ToString(),
            $"{membership.User?.Email} {(active ? "reactivated" : "deactivated")}", tenantId);
        return await SaveVersionedAsync(membership, cancellationToken);
    }

    /// <summary>A membership of the given tenant, with its user, roles and organisations; null for any other tenant's.</summary>
    public Task<TenantMembership?> FindAsync(Guid tenantId, Guid membershipId, CancellationToken cancellationToken = default) =>
        db.TenantMemberships
            .Include(m => m.User)
            .Include(m => m.Roles)
            .Include(m => m.Organisations)
            .SingleOrDefaultAsync(m => m.TenantId == tenantId && m.Id == membershipId, cancellationToken);

    public static string Describe(IEnumerable<TenantRole> roles)
    {
        var names = roles.Distinct().Order().Select(TenantRoles.Name).ToList();
        return names.Count == 0 ? "none" : string.Join(", ", names);
    }

    /// <summary>
    /// Saves a change of the membership with its version moved on. The version is the concurrency token, so the
    /// database refuses the save when someone changed the membership after it was read; nothing is then written and the
    /// unit of work is cleared, so nothing stale is written later.
    /// </summary>
    private async Task<ServiceResult<TenantMembership>> SaveVersionedAsync(TenantMembership membership, CancellationToken cancellationToken)
    {
        membership.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ServiceResult.Success(membership);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ServiceResult.Failure<TenantMembership>(new FieldError("", StaleMessage));
        }
    }

    private Guid RequireTenant() =>
        db.CurrentTenant.TenantId ?? throw new InvalidOperationException("Memberships can only be changed for the current tenant; set CurrentTenant first.");

    private async Task<List<FieldError>> ValidateAsync(IReadOnlyCollection<TenantRole> roles, IReadOnlyCollection<Guid> organisationIds, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (roles.Count == 0)
        {
            errors.Add(new FieldError("roles", "Select at least one role"));
        }
        else if (roles.Any(r => !Enum.IsDefined(r)))
        {
            // A number cast to the enum would be stored as its number, and no page or policy knows it.
            errors.Add(new FieldError("roles", "Select roles from the list"));
        }

        var distinct = organisationIds.Distinct().ToList();
        // The tenant query filter limits this to the current tenant's organisations: another tenant's id is simply unknown.
        var known = await db.Set<Organisation>().CountAsync(o => distinct.Contains(o.Id), cancellationToken);
        if (known != distinct.Count)
        {
            errors.Add(new FieldError("organisations", "Select organisations from the list"));
        }
        else if (roles.Contains(TenantRole.LeadPartner) && distinct.Count == 0)
        {
            errors.Add(new FieldError("organisations", "Select the organisations this lead partner acts for"));
        }

        return errors;
    }

    private static string FieldOf(IdentityError error) =>
        error.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}

/// <summary>A partnership as the platform admin's list shows it.</summary>
public sealed record TenantSummary(string Name, string Slug, int Members, DateTimeOffset CreatedAt);

/// <summary>A member as the tenant admin's list shows it; <see cref="Name"/> is the invited address until they join.</summary>
public sealed record MemberSummary(Guid Id, string Name, string Email, bool IsActive, bool HasJoined, IReadOnlyList<TenantRole> Roles, IReadOnlyList<Guid> Organisations);
