using Microsoft.Data.Sqlite;

namespace KmIcs.Assurance.Data.Configuration;

/// <summary>A resolved provider and connection string, ready to configure a <see cref="AssuranceDbContext"/>.</summary>
public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>
    /// Resolves the connection: an explicit connection string wins; otherwise SQLite falls back to a file
    /// in the data directory (relative to <paramref name="contentRoot"/>); PostgreSQL and SQL Server have no default.
    /// </summary>
    public static DatabaseConnection Resolve(DatabaseOptions options, string? connectionString, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new DatabaseConnection(options.Provider, connectionString);
        }

        var example = options.Provider switch
        {
            DatabaseProvider.Sqlite => null,
            DatabaseProvider.PostgreSQL => "Host=localhost;Database=assurance;Username=assurance",
            DatabaseProvider.SqlServer => "Server=localhost;Database=assurance;Integrated Security=true;Encrypt=true",
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider."),
        };
        if (example is not null)
        {
            // A server engine has no sensible default; falling back to the SQLite file would hide the mistake.
            throw new InvalidOperationException(
                $"Database:Provider is {options.Provider} but ConnectionStrings:Assurance is empty. " +
                $"Set ConnectionStrings__Assurance, for example \"{example}\".");
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
