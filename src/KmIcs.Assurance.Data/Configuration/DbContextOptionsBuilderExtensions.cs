using KmIcs.Assurance.Data.Caching;
using KmIcs.Assurance.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KmIcs.Assurance.Data.Configuration;

public static class DbContextOptionsBuilderExtensions
{
    /// <summary>Points a context at SQLite, PostgreSQL or SQL Server. The model and the migrations are the same for all three.</summary>
    public static DbContextOptionsBuilder UseAssuranceDatabase(this DbContextOptionsBuilder builder, DatabaseConnection connection)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connection.ConnectionString),
            DatabaseProvider.PostgreSQL => builder.UseNpgsql(connection.ConnectionString),
            DatabaseProvider.SqlServer => builder.UseSqlServer(connection.ConnectionString)
                .ReplaceService<IMigrationsSqlGenerator, IndexFilterSqlServerMigrationsSqlGenerator>(),
            _ => throw new ArgumentOutOfRangeException(nameof(connection), connection.Provider, "Unknown database provider."),
        };
    }

    /// <summary>Creates a context outside dependency injection, for the CLI and tests.</summary>
    public static AssuranceDbContext CreateContext(this DatabaseConnection connection, CurrentTenant? tenant = null, TenantDataVersions? versions = null)
    {
        var builder = new DbContextOptionsBuilder<AssuranceDbContext>();
        builder.UseAssuranceDatabase(connection);
        if (versions is not null)
        {
            // A context made outside the host's container still tells the host's caches what it changed.
            builder.AddInterceptors(new TenantDataVersionInterceptor(versions));
        }

        return new AssuranceDbContext(builder.Options, tenant ?? new CurrentTenant());
    }
}
