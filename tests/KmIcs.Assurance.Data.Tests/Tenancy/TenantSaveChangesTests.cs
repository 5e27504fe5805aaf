using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Tests.Tenancy;

/// <summary>The save interceptor stamps the current tenant on new rows and refuses every cross-tenant write.</summary>
public class TenantSaveChangesTests
{
    [Theory, BothDatabases]
    public async Task A_new_row_gets_the_current_tenant(DatabaseProvider provider)
    {
        await using var database = await TenantData.MigratedAsync(provider);
        var a = await TenantData.CreateAsync(database, "tenant-a");
        await using var db = database.CreateContext(a.AsCurrent());

        var organisation = new Organisation { Name = "Medway Council" };
        db.Add(organisation);
        await db.SaveChangesAsync();

        Assert.Equal(a.TenantId, organisation.TenantId);
    }

    [Theory, BothDatabases]
    public async Task Inserting_a_row_for_another_tenant_is_refused_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var database = await TenantData.MigratedAsync(provider);
        var a = await TenantData.CreateAsync(database, "tenant-a");
        var b = await TenantData.CreateAsync(database, "tenant-b");
        await using (var db = database.CreateContext(a.AsCurrent()))
        {
            db.Add(new Organisation { Name = "Harmless", TenantId = a.TenantId });
            db.Add(new Organisation { Name = "Smuggled", TenantId = b.TenantId });

            await Assert.ThrowsAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
        }

        await using var check = database.CreateContext();
        var names = await check.Set<Organisation>().IgnoreQueryFilters([TenantQueryFilter.Name]).Select(o => o.Name).ToListAsync();
        Assert.DoesNotContain("Smuggled", names);
        Assert.DoesNotContain("Harmless", names);
    }

    [Theory, BothDatabases]
    public async Task Updating_or_deleting_another_tenants_row_is_refused(DatabaseProvider provider)
    {
        await using var database = await TenantData.MigratedAsync(provider);
        var a = await TenantData.CreateAsync(database, "tenant-a");
        var b = await TenantData.CreateAsync(database, "tenant-b");
        await using var db = database.CreateContext(a.AsCurrent());
        var theirs = new Organisation { Id = b.OrganisationId, TenantId = b.TenantId, Name = "Renamed by tenant A", Kind = OrganisationKind.UpperTierCouncil };

        db.Update(theirs);
        await Assert.ThrowsAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.Remove(theirs);
        await Assert.ThrowsAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());

        await using var check = database.CreateContext(b.AsCurrent());
        Assert.Equal("Council of tenant-b", (await check.Set<Organisation>().SingleAsync()).Name);
    }

    [Theory, BothDatabases]
    public async Task Moving_a_row_to_another_tenant_is_refused(DatabaseProvider provider)
    {
        await using var database = await TenantData.MigratedAsync(provider);
        var a = await TenantData.CreateAsync(database, "tenant-a");
        var b = await TenantData.CreateAsync(database, "tenant-b");
        await using var db = database.CreateContext(a.AsCurrent());
        var ours = await db.Set<Organisation>().SingleAsync();

        ours.TenantId = b.TenantId;

        await Assert.ThrowsAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
    }

    [Theory, BothDatabases]
    public async Task Writing_a_tenant_owned_row_without_a_current_tenant_is_refused(DatabaseProvider provider)
    {
        await using var database = await TenantData.MigratedAsync(provider);
        var a = await TenantData.CreateAsync(database, "tenant-a");
        await using var db = database.CreateContext();

        db.Add(new Organisation { Name = "Nobody's", TenantId = a.TenantId });

        await Assert.ThrowsAsync<CrossTenantWriteException>(() => db.SaveChangesAsync());
    }
}
