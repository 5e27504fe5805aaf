using Microsoft.Data.SqlClient;

namespace KmIcs.Assurance.Testing.Databases;

/// <summary>
/// A SQL Server the data tests may use, named by <c>ASSURANCE_TEST_SQLSERVER</c> (a connection string with the right to
/// create and drop databases). Unlike PostgreSQL, no SQL Server can be started by the tests themselves, so each test
/// gets a uniquely named database on that server, dropped when the test ends.
/// </summary>
public static class SqlServerInstance
{
    public const string Variable = "ASSURANCE_TEST_SQLSERVER";
    private static int databaseCounter;

    /// <summary>The server's connection string, or null when no server was named.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = ConnectionString ?? throw new InvalidOperationException(
            $"SQL Server data tests need a server: set {Variable} to a connection string for a server where the tests may create and drop databases.");
        var name = $"kmics_test_{Environment.ProcessId}_{Interlocked.Increment(ref databaseCounter)}_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE [{name}]");
        return new SqlConnectionStringBuilder(server) { InitialCatalog = name }.ToString();
    }

    /// <summary>Drops a database <see cref="CreateDatabaseAsync"/> made, ending any connection still open on it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var builder = new SqlConnectionStringBuilder(connectionString);
        var name = builder.InitialCatalog;
        using (var pooled = new SqlConnection(connectionString))
        {
            SqlConnection.ClearPool(pooled);
        }

        builder.InitialCatalog = "master";
        await ExecuteAsync(builder.ToString(), $"ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new SqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
