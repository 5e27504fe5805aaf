using Microsoft.EntityFrameworkCore;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Database on {Provider} is up to date; {Count} migration(s) applied")]
    private static partial void LogMigrated(ILogger logger, string provider, int count);
}
