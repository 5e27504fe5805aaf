using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Domain.Packs;
using KmIcs.Assurance.Domain.Tenancy;
using KmIcs.Assurance.Reporting.Packs;
using Microsoft.EntityFrameworkCore;

namespace KmIcs.Assurance.EndToEnd.Tests.Packs;

/// <summary>A pack whose render is cut off by killing the portal is finished, once, when the portal starts again.</summary>
public sealed class PackRestartTests
{
    [Fact]
    public async Task A_render_killed_midway_completes_exactly_once_after_a_restart()
    {
        var folder = Directory.CreateTempSubdirectory("kmics-restart-").FullName;
        var file = Path.Combine(folder, "assurance.db");

        // First start migrates and seeds Kent and Medway; the pack is then asked for as the portal asks (no job engine
        // in this process), so the next start finds it queued.
        await (await PortalProcess.StartAsync(file)).DisposeAsync();
        Guid packId;
        await using (var db = Open(file))
        {
            await ActAsKentAndMedwayAsync(db);
            var requested = await new PackArchive(db).RequestAsync(new PackOptions(PackOptions.AnnualKind), new PackRequester(null, "restart test"));
            packId = requested.Value!.Id;
        }

        await using (var first = await PortalProcess.StartAsync(file))
        {
            await WaitForAsync(file, packId, s => s != PackStatus.Queued, "start rendering");
            await first.KillAsync();
        }

        var cut = await ReadAsync(file, packId);
        Assert.True(cut.Status == PackStatus.Rendering, $"The kill was meant to land mid-render but the pack was {cut.Status}.");
        Assert.Null(cut.Pdf);

        await using (var second = await PortalProcess.StartAsync(file))
        {
            await WaitForAsync(file, packId, s => s is PackStatus.Ready or PackStatus.Failed, "finish");
        }

        var done = await ReadAsync(file, packId);
        Assert.True(done.Status == PackStatus.Ready, done.Message);
        Assert.Equal(2, done.Attempts);
        Assert.Equal(1, done.DocumentVersion);
        await using var audit = Open(file);
        var packRows = await audit.Set<AssurancePack>().IgnoreQueryFilters().CountAsync();
        Assert.Equal(1, packRows);
        var completions = await audit.Set<AuditEntry>().Where(a => a.EntityType == nameof(AssurancePack) && a.EntityId == packId.ToString())
            .Select(a => a.After).ToListAsync();
        Assert.Single(completions, after => after != null && after.Contains("\"Ready\"", StringComparison.Ordinal));
    }

    private static AssuranceDbContext Open(string file)
    {
        var options = new DbContextOptionsBuilder<AssuranceDbContext>();
        options.UseAssuranceDatabase(DatabaseConnection.Resolve(new DatabaseOptions { Provider = DatabaseProvider.Sqlite }, $"Data Source={file}", Path.GetDirectoryName(file)!));
        return new AssuranceDbContext(options.Options, new CurrentTenant(), CurrentActor.System("restart test"));
    }

    private static async Task ActAsKentAndMedwayAsync(AssuranceDbContext db)
    {
        var tenant = await db.Set<Tenant>().AsNoTracking().SingleAsync(t => t.Slug == "kent-medway");
        db.CurrentTenant.Set(tenant.Id, tenant.Slug);
    }

    private static async Task<AssurancePack> ReadAsync(string file, Guid packId)
    {
        await using var db = Open(file);
        await ActAsKentAndMedwayAsync(db);
        return await db.Set<AssurancePack>().AsNoTracking().SingleAsync(p => p.Id == packId);
    }

    private static async Task WaitForAsync(string file, Guid packId, Func<PackStatus, bool> reached, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!reached((await ReadAsync(file, packId)).Status))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The pack did not {what} within two minutes.");
            await Task.Delay(25);
        }
    }
}
