using System.Text.Json;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Identity;
using KmIcs.Assurance.Data.Tests.Tenancy;
using KmIcs.Assurance.Domain.Organisations;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.Data.Tests.Auditing;

/// <summary>Every write is audited (who, when, tenant, entity, before and after) in the same transaction as the write.</summary>
public class AuditInterceptorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 30, 0, TimeSpan.Zero);

    private static AssuranceDbContext ContextAs(TestDatabase database, TenantRows tenant, string who)
    {
        var options = new DbContextOptionsBuilder<AssuranceDbContext>();
        options.UseAssuranceDatabase(database.Connection);
        return new AssuranceDbContext(options.Options, tenant.AsCurrent(), CurrentActor.System(who), new FixedClock(Now));
    }

    [Theory, BothDatabases]
    public async Task Insert_update_and_delete_each_leave_one_audit_row_with_who_when_tenant_and_values(DatabaseProvider provider)
    {
        await using var database = await TenantData.MigratedAsync(provider);
        var a = await TenantData.CreateAsync(database, "tenant-a");
        var organisation = new Organisation { Name = "Medway Council", ShortName = "MC", Kind = OrganisationKind.UpperTierCouncil };
        await using (var db = ContextAs(database, a, "alice@example.org"))
        {
            db.Add(organisation);
            await db.SaveChangesAsync();
            organisation.Name = "Medway Unitary Council";
            await db.SaveChangesAsync();
            db.Remove(organisation);
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        var rows = (await check.AuditEntries.Where(e => e.EntityId == organisation.Id.ToString()).ToListAsync()).OrderBy(e => e.Id).ToList();
        Assert.Equal([AuditActions.Created, AuditActions.Updated, AuditActions.Deleted], rows.Select(r => r.Action));
        Assert.All(rows, row =>
        {
            Assert.Equal(nameof(Organisation), row.EntityType);
            Assert.Equal(a.TenantId, row.TenantId);
            Assert.Equal("alice@example.org", row.UserName);
            Assert.Equal(Now.UtcDateTime, DateTime.SpecifyKind(row.OccurredAtUtc, DateTimeKind.Utc));
        });
        Assert.Equal("Medway Council", Json(rows[0].After)["Name"]);
        Assert.Null(rows[0].Before);
        Assert.Equal("Medway Council", Json(rows[1].Before)["Name"]);
        Assert.Equal("Medway Unitary Council", Json(rows[1].After)["Name"]);
        Assert.False(Json(rows[1].After).ContainsKey("ShortName"), "An update records only what changed.");
        Assert.Equal("Medway Unitary Council", Json(rows[2].Before)["Name"]);
        Assert.Null(rows[2].After);
    }

    [Theory, BothDatabases]
    public async Task A_failed_save_leaves_no_audit_row(DatabaseProvider provider)
    {
        await using var database = await TenantData.MigratedAsync(provider);
        var a = await TenantData.CreateAsync(database, "tenant-a");
        await using (var db = ContextAs(database, a, "alice@example.org"))
        {
            // Organisation names are unique per tenant: the insert fails in the database, so its audit row must go too.
            db.Add(new Organisation { Name = "Council of tenant-a" });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        await using var check = database.CreateContext();
        Assert.False(await check.AuditEntries.AnyAsync(e => e.Action == AuditActions.Created && e.UserName == "alice@example.org"));
    }

    [Theory, BothDatabases]
    public async Task Secrets_are_redacted_in_the_audit_log(DatabaseProvider provider)
    {
        await using var database = await TenantData.MigratedAsync(provider);
        var a = await TenantData.CreateAsync(database, "tenant-a");
        var user = new ApplicationUser { UserName = "bob@example.org", Email = "bob@example.org", DisplayName = "Bob", PasswordHash = "AQAAAAIAAYagAAAAE-secret-hash" };
        await using (var db = ContextAs(database, a, "cli"))
        {
            db.Users.Add(user);
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        var row = await check.AuditEntries.SingleAsync(e => e.EntityType == nameof(ApplicationUser) && e.EntityId == user.Id.ToString());
        Assert.DoesNotContain("secret-hash", row.After, StringComparison.Ordinal);
        Assert.Equal(AuditSaveChangesInterceptor.Redacted, Json(row.After)["PasswordHash"]);
        Assert.Equal("bob@example.org", Json(row.After)["Email"]);
    }

    [Theory, BothDatabases]
    public async Task Data_protection_keys_are_never_copied_into_the_audit_log(DatabaseProvider provider)
    {
        await using var database = await TenantData.MigratedAsync(provider);
        await using (var db = database.CreateContext())
        {
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "key", Xml = "<key>master-secret</key>" });
            await db.SaveChangesAsync();
        }

        await using var check = database.CreateContext();
        Assert.False(await check.AuditEntries.AnyAsync(e => e.EntityType == nameof(DataProtectionKey)));
    }

    private static Dictionary<string, string?> Json(string? json)
    {
        using var document = JsonDocument.Parse(json ?? "{}");
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
