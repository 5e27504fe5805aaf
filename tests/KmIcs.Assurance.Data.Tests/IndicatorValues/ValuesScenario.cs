using System.Text;
using KmIcs.Assurance.Data.Auditing;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.IndicatorValues.ValueImports;
using KmIcs.Assurance.Data.Seeding;
using KmIcs.Assurance.Data.Tenancy;
using KmIcs.Assurance.Data.Tests.ProgressReporting;
using KmIcs.Assurance.Domain.Indicators;
using KmIcs.Assurance.Domain.Periods;
using KmIcs.Assurance.Domain.Tenancy;
using KmIcs.Assurance.Testing;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace KmIcs.Assurance.Data.Tests.IndicatorValues;

/// <summary>
/// The real Kent and Medway partnership on a migrated database, for value entry and import: every unit of work acts
/// for it as the analyst Ada, on a clock that reads 1 June 2026.
/// </summary>
public sealed class ValuesScenario : IAsyncDisposable
{
    public const string Analyst = "Ada Analyst";

    private ValuesScenario(TestDatabase database, Tenant tenant)
    {
        Database = database;
        Tenant = tenant;
    }

    public TestDatabase Database { get; }

    public Tenant Tenant { get; }

    public TestClock Clock { get; } = new(new DateOnly(2026, 6, 1));

    public static string TestData(string relative) =>
        Path.Combine(RepositoryRoot.Find(), "tests", "testdata", "fingertips", relative);

    public static async Task<ValuesScenario> CreateAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).MigrateAsync();
        }

        await using (var db = database.CreateContext())
        {
            await new TenantSeedImporter(db, TimeProvider.System).ImportAsync(SeedSet.Read(SeedLocation.TenantFolder("kent-medway")));
        }

        await using var reader = database.CreateContext();
        var tenant = await reader.Set<Tenant>().SingleAsync(t => t.Slug == "kent-medway");
        return new ValuesScenario(database, tenant);
    }

    public AssuranceDbContext Context(string actor = Analyst)
    {
        var options = new DbContextOptionsBuilder<AssuranceDbContext>();
        options.UseAssuranceDatabase(Database.Connection);
        var tenant = new CurrentTenant();
        tenant.Set(Tenant.Id, Tenant.Slug);
        var who = new CurrentActor();
        who.Set(null, actor);
        return new AssuranceDbContext(options.Options, tenant, who, Clock);
    }

    public async Task<Indicator> IndicatorAsync(string reference)
    {
        await using var db = Context();
        return await db.Set<Indicator>().AsNoTracking().Include(i => i.Values).Include(i => i.ExternalIds)
            .SingleAsync(i => i.Ref == reference);
    }

    /// <summary>Maps a Fingertips id to an indicator and sets what its file rows need (the test's stand-in for the data page).</summary>
    public async Task MapAsync(string reference, string fingertipsId, IndicatorUnit unit = IndicatorUnit.Rate, PeriodKind? kind = null, string? age = null, string? sex = null)
    {
        await using var db = Context();
        var indicator = await db.Set<Indicator>().SingleAsync(i => i.Ref == reference);
        indicator.Unit = unit;
        indicator.PeriodKind = kind;
        indicator.Age = age;
        indicator.Sex = sex;
        db.Add(new IndicatorExternalId { IndicatorId = indicator.Id, System = ImportContext.FingertipsSystem, Value = fingertipsId });
        await db.SaveChangesAsync();
    }

    /// <summary>Uploads a file and returns the import as the preview shows it.</summary>
    public async Task<ValueImport> UploadAsync(byte[] content, string fileName)
    {
        await using var db = Context();
        var result = await new ValueImportService(db).UploadAsync(new MemoryStream(content), fileName);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return (await new ValueImportService(db).FindAsync(result.Value!.Id))!;
    }

    public Task<ValueImport> UploadCsvAsync(string csv, string fileName = "values.csv") =>
        UploadAsync(Encoding.UTF8.GetBytes(csv), fileName);

    public async Task<ValueImport> CommitAsync(ValueImport import, bool validRowsOnly = false)
    {
        await using var db = Context();
        var result = await new ValueImportService(db).CommitAsync(import.Id, validRowsOnly, import.Version);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Value!;
    }

    public async Task<List<IndicatorValue>> ValuesAsync(string reference)
    {
        await using var db = Context();
        var id = (await db.Set<Indicator>().SingleAsync(i => i.Ref == reference)).Id;
        return await db.Set<IndicatorValue>().AsNoTracking().Where(v => v.IndicatorId == id).ToListAsync();
    }

    public async Task<int> CountAsync<T>()
        where T : class
    {
        await using var db = Context();
        return await db.Set<T>().CountAsync();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
