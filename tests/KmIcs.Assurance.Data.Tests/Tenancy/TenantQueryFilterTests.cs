using System.Reflection;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Domain.Commitments;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Domain.Tenancy;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Tests.Tenancy;

/// <summary>A query through the DbContext never returns another tenant's rows, on either engine.</summary>
public class TenantQueryFilterTests
{
    private static readonly MethodInfo TenantIdsMethod = typeof(TenantQueryFilterTests).GetMethod(nameof(TenantIdsAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    [Theory, BothDatabases]
    public async Task Every_tenant_owned_table_shows_only_the_current_tenants_rows(DatabaseProvider provider)
    {
        await using var database = await TenantData.MigratedAsync(provider);
        var a = await TenantData.CreateAsync(database, "tenant-a");
        var b = await TenantData.CreateAsync(database, "tenant-b");
        await using var db = database.CreateContext(a.AsCurrent());

        var seen = new Dictionary<string, IReadOnlyList<Guid>>();
        foreach (var type in TenantOwnedTypes(db))
        {
            seen[type.Name] = await (Task<IReadOnlyList<Guid>>)TenantIdsMethod.MakeGenericMethod(type).Invoke(null, [db])!;
        }

        Assert.All(seen, table => Assert.DoesNotContain(b.TenantId, table.Value));
        Assert.All(seen, table => Assert.All(table.Value, id => Assert.Equal(a.TenantId, id)));
        foreach (var seeded in new[] { nameof(Organisation), nameof(OrganisationAlias), nameof(Commitment), nameof(CommitmentLeadBody), "Strategy", "Outcome", "Priority" })
        {
            Assert.Equal([a.TenantId], seen[seeded]);
        }
    }

    [Theory, BothDatabases]
    public async Task Another_tenants_row_is_not_found_by_id_navigation_or_join(DatabaseProvider provider)
    {
        await using var database = await TenantData.MigratedAsync(provider);
        var a = await TenantData.CreateAsync(database, "tenant-a");
        var b = await TenantData.CreateAsync(database, "tenant-b");
        await using var db = database.CreateContext(a.AsCurrent());

        Assert.Null(await db.Set<Commitment>().FindAsync(b.CommitmentId));
        Assert.Null(await db.Set<Organisation>().SingleOrDefaultAsync(o => o.Id == b.OrganisationId));
        Assert.False(await db.Set<CommitmentLeadBody>().AnyAsync(l => l.OrganisationId == b.OrganisationId));
        var viaJoin = await db.Set<CommitmentLeadBody>()
            .Join(db.Set<Organisation>(), l => l.OrganisationId, o => o.Id, (l, o) => o.Name)
            .ToListAsync();
        Assert.Equal(["Council of tenant-a"], viaJoin);
        var withChildren = await db.Set<Commitment>().Include(c => c.LeadBodies).ThenInclude(l => l.Organisation).SingleAsync();
        Assert.Equal(a.CommitmentId, withChildren.Id);
        Assert.Equal(a.OrganisationId, Assert.Single(withChildren.LeadBodies).Organisation!.Id);
    }

    [Theory, BothDatabases]
    public async Task Without_a_current_tenant_no_tenant_owned_row_is_visible(DatabaseProvider provider)
    {
        await using var database = await TenantData.MigratedAsync(provider);
        await TenantData.CreateAsync(database, "tenant-a");
        await using var db = database.CreateContext();

        Assert.Empty(await db.Set<Organisation>().ToListAsync());
        Assert.Empty(await db.Set<Commitment>().ToListAsync());
        Assert.Single(await db.Set<Tenant>().ToListAsync());
    }

    [Theory, BothDatabases]
    public async Task Each_unit_of_work_filters_by_its_own_tenant_even_when_the_model_is_shared(DatabaseProvider provider)
    {
        await using var database = await TenantData.MigratedAsync(provider);
        var a = await TenantData.CreateAsync(database, "tenant-a");
        var b = await TenantData.CreateAsync(database, "tenant-b");

        await using var first = database.CreateContext(a.AsCurrent());
        await using var second = database.CreateContext(b.AsCurrent());

        Assert.Equal(a.OrganisationId, (await first.Set<Organisation>().SingleAsync()).Id);
        Assert.Equal(b.OrganisationId, (await second.Set<Organisation>().SingleAsync()).Id);
        Assert.Equal(a.OrganisationId, (await first.Set<Organisation>().SingleAsync()).Id);
    }

    [Theory, BothDatabases]
    public async Task Platform_code_can_see_every_tenant_only_by_naming_the_filter_it_ignores(DatabaseProvider provider)
    {
        await using var database = await TenantData.MigratedAsync(provider);
        await TenantData.CreateAsync(database, "tenant-a");
        await TenantData.CreateAsync(database, "tenant-b");
        await using var db = database.CreateContext();

        var all = await db.Set<Organisation>().IgnoreQueryFilters([Data.Tenancy.TenantQueryFilter.Name]).CountAsync();

        Assert.Equal(2, all);
    }

    internal static IEnumerable<Type> TenantOwnedTypes(AssuranceDbContext db) =>
        db.Model.GetEntityTypes()
            .Where(t => t.BaseType is null && !t.IsOwned() && typeof(ITenantOwned).IsAssignableFrom(t.ClrType))
            .Select(t => t.ClrType);

    private static async Task<IReadOnlyList<Guid>> TenantIdsAsync<T>(AssuranceDbContext db)
        where T : class, ITenantOwned =>
        await db.Set<T>().Select(e => e.TenantId).Distinct().ToListAsync();
}
