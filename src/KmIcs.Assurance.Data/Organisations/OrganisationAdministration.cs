using KmIcs.Assurance.Data.Configurations;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Delivery;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Places;
using KmIcs.Assurance.Domain.ProgressReporting;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Organisations;

/// <summary>
/// The tenant admin's organisation pages: add, rename, aliases, merge. Everything goes through the tenant query
/// filter, so an id from another tenant is simply not found; the audit interceptor records each change.
/// </summary>
public sealed class OrganisationAdministration(AssuranceDbContext db)
{
    public const string StaleMessage = "Someone else changed this organisation while you were editing it. Its current details are shown: check them and try again";

    public const string KindMessage = "Select the kind of organisation from the list";

    public async Task<IReadOnlyList<Organisation>> ListAsync() =>
        (await db.Set<Organisation>().AsNoTracking().Include(o => o.Aliases).ToListAsync())
            .OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>Every organisation's id and names, by name: for choices on forms and names in tables.</summary>
    public async Task<IReadOnlyList<OrganisationName>> ListNamesAsync() =>
        (await db.Set<Organisation>().AsNoTracking().Select(o => new OrganisationName(o.Id, o.Name, o.ShortName)).ToListAsync())
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .ToList();

    public Task<Organisation?> FindAsync(Guid id) =>
        db.Set<Organisation>().Include(o => o.Aliases).SingleOrDefaultAsync(o => o.Id == id);

    public async Task<ServiceResult<Organisation>> AddAsync(string? name, string? shortName, OrganisationKind kind)
    {
        var errors = await ValidateNamesAsync(null, name, shortName);
        ValidateKind(kind, errors);
        if (errors.Count > 0)
        {
            return ServiceResult.Failure<Organisation>(errors);
        }

        var organisation = new Organisation { Name = name!.Trim(), ShortName = Blank(shortName), Kind = kind };
        db.Set<Organisation>().Add(organisation);
        await db.SaveChangesAsync();
        return ServiceResult.Success(organisation);
    }

    /// <summary>Renames, refusing a form made from an older version of the row (optimistic concurrency).</summary>
    public async Task<ServiceResult<Organisation>> RenameAsync(Guid id, int version, string? name, string? shortName, OrganisationKind kind)
    {
        var organisation = await FindAsync(id);
        if (organisation is null)
        {
            return ServiceResult.Failure<Organisation>(new FieldError("", "Organisation not found"));
        }

        if (organisation.Version != version)
        {
            return ServiceResult.Failure<Organisation>(new FieldError("name", StaleMessage));
        }

        var errors = await ValidateNamesAsync(id, name, shortName);
        ValidateKind(kind, errors);
        if (errors.Count > 0)
        {
            return ServiceResult.Failure<Organisation>(errors);
        }

        organisation.Name = name!.Trim();
        organisation.ShortName = Blank(shortName);
        organisation.Kind = kind;
        organisation.Version++;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return ServiceResult.Failure<Organisation>(new FieldError("name", StaleMessage));
        }

        return ServiceResult.Success(organisation);
    }

    public async Task<ServiceResult<OrganisationAlias>> AddAliasAsync(Guid id, string? text)
    {
        var organisation = await FindAsync(id);
        if (organisation is null)
        {
            return ServiceResult.Failure<OrganisationAlias>(new FieldError("", "Organisation not found"));
        }

        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return ServiceResult.Failure<OrganisationAlias>(new FieldError("alias", "Enter the other name"));
        }

        if (text.Length > SchemaLimits.Name)
        {
            return ServiceResult.Failure<OrganisationAlias>(new FieldError("alias", $"Other name must be {SchemaLimits.Name} characters or fewer"));
        }

        if (organisation.IsKnownAs(text))
        {
            return ServiceResult.Failure<OrganisationAlias>(new FieldError("alias", $"{organisation.Name} is already known as {text}"));
        }

        // Added explicitly: a child with its id already set, found only through a navigation, would be taken for an existing row.
        var alias = new OrganisationAlias { OrganisationId = id, Text = text };
        db.Add(alias);
        await db.SaveChangesAsync();
        return ServiceResult.Success(alias);
    }

    public async Task<bool> RemoveAliasAsync(Guid id, Guid aliasId)
    {
        var alias = await db.Set<OrganisationAlias>().SingleOrDefaultAsync(a => a.Id == aliasId && a.OrganisationId == id);
        if (alias is null)
        {
            return false;
        }

        db.Remove(alias);
        await db.SaveChangesAsync();
        return true;
    }

    /// <summary>
    /// Merges a duplicate into the organisation that stays: everything the duplicate leads, its members' links and
    /// its child organisations move across, its names become aliases, and the duplicate is removed, in one save.
    /// </summary>
    public async Task<ServiceResult<Organisation>> MergeAsync(Guid duplicateId, Guid keepId)
    {
        var duplicate = await FindAsync(duplicateId);
        var keep = duplicateId == keepId ? null : await FindAsync(keepId);
        if (duplicate is null || keep is null)
        {
            return ServiceResult.Failure<Organisation>(new FieldError("keep", "Select the organisation to keep"));
        }

        // Progress reports name the body that made them; moving them would rewrite who reported, and two bodies'
        // updates for one commitment and round cannot become one. Such a body is renamed, not merged.
        var hasReported = await db.Set<CommitmentUpdate>().AnyAsync(u => u.OrganisationId == duplicateId)
            || await db.Set<RoundLockException>().AnyAsync(e => e.OrganisationId == duplicateId);
        if (hasReported)
        {
            return ServiceResult.Failure<Organisation>(new FieldError(
                "keep", $"{duplicate.Name} has reported progress or been given a lock exception, so it cannot be merged: its reports would lose who made them. Rename it instead"));
        }

        foreach (var name in new[] { duplicate.Name, duplicate.ShortName }.Concat(duplicate.Aliases.Select(a => a.Text)))
        {
            if (!string.IsNullOrWhiteSpace(name) && !keep.IsKnownAs(name))
            {
                var alias = new OrganisationAlias { OrganisationId = keep.Id, Text = name };
                db.Add(alias);
                keep.Aliases.Add(alias);
            }
        }

        await MoveAsync<CommitmentLeadBody>(duplicateId, keepId, l => l.CommitmentId, (lead, owner) => new CommitmentLeadBody { CommitmentId = owner, OrganisationId = keepId });
        await MoveAsync<CommitmentPlanLeadBody>(duplicateId, keepId, l => l.CommitmentPlanId, (lead, owner) => new CommitmentPlanLeadBody { CommitmentPlanId = owner, OrganisationId = keepId });
        await MoveAsync<DeliveryExampleLeadBody>(duplicateId, keepId, l => l.DeliveryExampleId, (lead, owner) => new DeliveryExampleLeadBody { DeliveryExampleId = owner, OrganisationId = keepId });

        foreach (var priority in await db.Set<PlacePriority>().Where(p => p.OrganisationId == duplicateId).ToListAsync())
        {
            db.Entry(priority).Property(p => p.OrganisationId).CurrentValue = keepId;
        }

        foreach (var child in await db.Set<Organisation>().Where(o => o.ParentId == duplicateId).ToListAsync())
        {
            child.ParentId = child.Id == keepId ? null : keepId;
        }

        var tenantId = db.CurrentTenant.TenantId;
        var links = await db.Set<TenantMembershipOrganisation>()
            .Where(l => l.OrganisationId == duplicateId || l.OrganisationId == keepId)
            .Join(db.TenantMemberships.Where(m => m.TenantId == tenantId), l => l.MembershipId, m => m.Id, (l, m) => l)
            .ToListAsync();
        foreach (var link in links.Where(l => l.OrganisationId == duplicateId))
        {
            db.Remove(link);
            if (!links.Exists(l => l.MembershipId == link.MembershipId && l.OrganisationId == keepId))
            {
                db.Add(new TenantMembershipOrganisation { MembershipId = link.MembershipId, OrganisationId = keepId });
            }
        }

        db.Remove(duplicate);
        await db.SaveChangesAsync();
        return ServiceResult.Success(keep);
    }

    private async Task MoveAsync<TLead>(Guid from, Guid to, Func<TLead, Guid> owner, Func<TLead, Guid, TLead> create)
        where TLead : class
    {
        var rows = await db.Set<TLead>().Where(l => EF.Property<Guid>(l, "OrganisationId") == from || EF.Property<Guid>(l, "OrganisationId") == to).ToListAsync();
        var kept = rows.Where(l => db.Entry(l).Property<Guid>("OrganisationId").CurrentValue == to).Select(owner).ToHashSet();
        foreach (var row in rows.Where(l => db.Entry(l).Property<Guid>("OrganisationId").CurrentValue == from))
        {
            db.Remove(row);
            if (kept.Add(owner(row)))
            {
                db.Add(create(row, owner(row)));
            }
        }
    }

    private async Task<List<FieldError>> ValidateNamesAsync(Guid? id, string? name, string? shortName)
    {
        var errors = new List<FieldError>();
        name = name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(new FieldError("name", "Enter the organisation's name"));
        }
        else if (name.Length > SchemaLimits.Name)
        {
            errors.Add(new FieldError("name", $"Name must be {SchemaLimits.Name} characters or fewer"));
        }
        else
        {
            var names = await db.Set<Organisation>().Where(o => o.Id != id).Select(o => o.Name).ToListAsync();
            if (names.Exists(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add(new FieldError("name", "An organisation with this name already exists"));
            }
        }

        if (shortName?.Trim().Length > SchemaLimits.ShortName)
        {
            errors.Add(new FieldError("short-name", $"Short name must be {SchemaLimits.ShortName} characters or fewer"));
        }

        return errors;
    }

    /// <summary>An undefined kind (a number cast to the enum) would be stored as its number, which no page can show.</summary>
    private static void ValidateKind(OrganisationKind kind, List<FieldError> errors)
    {
        if (!Enum.IsDefined(kind))
        {
            errors.Add(new FieldError("kind", KindMessage));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>An organisation's id with its name and short name (null or equal to the name when it has none).</summary>
public sealed record OrganisationName(Guid Id, string Name, string? ShortName)
{
    /// <summary>The short name where there is one, for tight table cells.</summary>
    public string Abbreviated => string.IsNullOrEmpty(ShortName) ? Name : ShortName;
}
