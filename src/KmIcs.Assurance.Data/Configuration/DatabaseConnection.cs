using Microsoft.Data.Sqlite;

namespace KmIcs.Assurance.Data.Configuration;

/// <summary>A resolved provider and connection string, ready to configure a <see cref="AssuranceDbContext"/>.</summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>
    /// Resolves the connection: an explicit connection string wins; otherwise SQLite falls back to a file
    /// in the data directory (relative to <paramref name="contentRoot"/>), and PostgreSQL has no default.
    /// </summary>
    public static DatabaseConnection Resolve(DatabaseOptions options, string? connectionString, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new DatabaseConnection(options.Provider, connectionString);
        }

        if (options.Provider == DatabaseProvider.PostgreSQL)
        {
            throw new InvalidOperationException(
                "Database:Provider is PostgreSQL but ConnectionStrings:Assurance is empty. " +
                "Set ConnectionStrings__Assurance, for example \"Host=localhost;Database=assurance;Username=assurance\".");
        }

        var directory = Path.GetFullPath(Path.Combine(contentRoot, options.DataDirectory));
        Directory.CreateDirectory(directory);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(directory, "assurance.db"),
            Cache = SqliteCacheMode.Default,
            ForeignKeys = true,
        };
        return new DatabaseConnection(DatabaseProvider.Sqlite, builder.ToString());
    }
}
