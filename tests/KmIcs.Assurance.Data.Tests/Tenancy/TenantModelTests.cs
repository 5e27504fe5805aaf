using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Domain.Tenancy;
using KmIcs.Assurance.Testing.Databases;

namespace KmIcs.Assurance.Data.Tests.Tenancy;

/// <summary>The model itself: no tenant-owned entity can be added without the tenant filter.</summary>
public class TenantModelTests
{
    /// <summary>
    /// Tables that name a tenant without being behind the filter, each for a stated reason. Adding one here is a
    /// decision a reviewer should see.
    /// </summary>
    private static readonly Dictionary<Type, string> CrossTenantTables = new()
    {
        [typeof(TenantMembership)] = "read before a tenant is resolved: it is how the route's tenant is resolved",
        [typeof(Invitation)] = "opened by someone not yet signed in, found by its token",
        [typeof(TenantAccountSettings)] = "read at sign-in for every partnership a user belongs to",
        [typeof(AuditEntry)] = "holds account-wide events too (sign-ins); queries name the tenant explicitly",
    };

    [Fact]
    public async Task Every_tenant_owned_entity_has_the_named_tenant_filter()
    {
        await using var database = await TestDatabase.CreateAsync(Configuration.DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        var tenantOwned = TenantQueryFilterTests.TenantOwnedTypes(db).ToList();

        Assert.NotEmpty(tenantOwned);
        var missing = tenantOwned.Where(type => db.Model.FindEntityType(type)!.FindDeclaredQueryFilter(TenantQueryFilter.Name) is null).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, "Tenant-owned entities without the tenant filter: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Every_entity_with_a_tenant_id_is_tenant_owned_or_a_listed_cross_tenant_table()
    {
        await using var database = await TestDatabase.CreateAsync(Configuration.DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();

        var unexplained = db.Model.GetEntityTypes()
            .Where(t => t.FindProperty(nameof(ITenantOwned.TenantId)) is not null)
            .Where(t => !typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && !CrossTenantTables.ContainsKey(t.ClrType))
            .Select(t => t.ClrType.Name)
            .ToList();

        Assert.True(unexplained.Count == 0, "Entities with a TenantId that are neither ITenantOwned nor listed: " + string.Join(", ", unexplained));
    }

    [Fact]
    public async Task Every_audited_entity_has_a_key_known_before_it_is_saved_so_its_audit_row_names_it()
    {
        await using var database = await TestDatabase.CreateAsync(Configuration.DatabaseProvider.Sqlite);
        await using var db = database.CreateContext();
        // Identity's claim tables keep their integer keys; the portal never writes them (no claims are stored).
        string[] unused = ["IdentityUserClaim`1", "IdentityRoleClaim`1"];

        var generated = db.Model.GetEntityTypes()
            .Where(t => t.IsAudited() && !unused.Contains(t.ClrType.Name))
            .Where(t => t.FindPrimaryKey()!.Properties.Any(p => p.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never && p.ClrType != typeof(Guid)))
            .Select(t => t.ClrType.Name)
            .ToList();

        Assert.True(generated.Count == 0, "Audited entities with database-generated keys: " + string.Join(", ", generated));
    }
}
