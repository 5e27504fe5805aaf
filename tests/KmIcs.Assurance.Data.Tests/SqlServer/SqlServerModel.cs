using KmIcs.Assurance.Data.Configuration;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KmIcs.Assurance.Data.Tests.SqlServer;

/// <summary>
/// The model as the SQL Server provider builds it, without a server: building the model, mapping it to store types
/// and generating migration SQL never open the connection, so a connection string naming no real server is enough.
/// </summary>
internal static class SqlServerModel
{
    private static readonly DatabaseConnection NoServer =
        new(DatabaseProvider.SqlServer, "Server=no-server-is-contacted;Database=assurance;Integrated Security=true;Encrypt=true");

    /// <summary>A context on the SQL Server provider; the caller disposes it and must not query through it.</summary>
    public static AssuranceDbContext CreateContext() => NoServer.CreateContext();

    /// <summary>The design-time model (with every annotation, unlike the trimmed run-time model) of a SQL Server context.</summary>
    public static IModel DesignTimeModel(AssuranceDbContext db) => db.GetService<IDesignTimeModel>().Model;
}
