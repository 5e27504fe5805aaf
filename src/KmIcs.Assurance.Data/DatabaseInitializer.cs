using KmIcs.Assurance.Data.Seeding;
using KmIcs.Assurance.Data.StrategyDocuments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace KmIcs.Assurance.Data;

/// <summary>Brings a database to the current schema. Used by the web host at start and by the CLI's <c>migrate</c>.</summary>
public sealed partial class DatabaseInitializer(AssuranceDbContext db, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        LogMigrated(logger, db.Database.ProviderName ?? "unknown", pending.Count);
    }

    /// <summary>Imports each named seed data set whose tenant is missing; an existing tenant is left as it is.</summary>
    public async Task SeedAsync(IEnumerable<string> tenantSlugs, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenantSlugs);
        foreach (var slug in tenantSlugs)
        {
            SeedSet seed;
            try
            {
                seed = SeedSet.Read(SeedLocation.TenantFolder(slug));
            }
            catch (SeedDataException problem)
            {
                // A broken seed file must not keep the portal (and the tenants it already holds) down: say exactly
                // what is wrong and carry on. The CLI's seed command fails on the same problems.
                LogSeedRefused(logger, slug, problem.Message);
                continue;
            }

            // A new unit of work per tenant: the current tenant of a context is set once and never changes.
            await using var tenantDb = new AssuranceDbContext((DbContextOptions<AssuranceDbContext>)db.GetService<IDbContextOptions>(), new Tenancy.CurrentTenant(), db.CurrentActor, clock);
            var result = await new TenantSeedImporter(tenantDb, clock).ImportAsync(seed, cancellationToken);
            LogSeeded(logger, result.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Seed data set {Tenant} was not imported. {Problems}")]
    private static partial void LogSeedRefused(ILogger logger, string tenant, string problems);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed: {Message}")]
    private static partial void LogSeeded(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database on {Provider} is up to date; {Count} migration(s) applied")]
    private static partial void LogMigrated(ILogger logger, string provider, int count);
}
