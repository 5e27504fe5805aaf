using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Tenancy;
using Microsoft.Data.Sqlite;

namespace KmIcs.Assurance.Testing.Databases;

/// <summary>
/// An empty database of its own for one test, on a real engine: a SQLite file in a temporary folder, a fresh
/// database in the shared throwaway PostgreSQL cluster, or a fresh database on the SQL Server named by
/// <c>ASSURANCE_TEST_SQLSERVER</c>, dropped when the test ends.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? sqliteFile;

    private TestDatabase(DatabaseConnection connection, string? sqliteFile)
    {
        Connection = connection;
        this.sqliteFile = sqliteFile;
    }

    public DatabaseConnection Connection { get; }

    public DatabaseProvider Provider => Connection.Provider;

    /// <summary>The engine the web and browser tests use, chosen by <c>ASSURANCE_TEST_DATABASE</c> (Sqlite by default).</summary>
    public static DatabaseProvider DefaultProvider =>
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable("ASSURANCE_TEST_DATABASE"), ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var file = Path.Combine(Path.GetTempPath(), $"kmics-test-{Guid.NewGuid():N}.db");
                var builder = new SqliteConnectionStringBuilder { DataSource = file, ForeignKeys = true, Pooling = false };
                return new TestDatabase(new DatabaseConnection(provider, builder.ToString()), file);
            case DatabaseProvider.PostgreSQL:
                var cluster = await PostgreSqlCluster.GetSharedAsync();
                return new TestDatabase(new DatabaseConnection(provider, await cluster.CreateDatabaseAsync()), null);
            case DatabaseProvider.SqlServer:
                return new TestDatabase(new DatabaseConnection(provider, await SqlServerInstance.CreateDatabaseAsync()), null);
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider.");
        }
    }

    /// <summary>A new context on this database; the caller disposes it.</summary>
    public AssuranceDbContext CreateContext(CurrentTenant? tenant = null) => Connection.CreateContext(tenant);

    public async ValueTask DisposeAsync()
    {
        if (sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }

        // PostgreSQL databases go with the throwaway cluster; a SQL Server is not ours to leave databases on.
        if (Provider == DatabaseProvider.SqlServer)
        {
            await SqlServerInstance.DropDatabaseAsync(Connection.ConnectionString);
        }
    }
}
