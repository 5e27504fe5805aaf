namespace KmIcs.Assurance.Data.Configuration;

/// <summary>
/// The database engines the portal runs on. SQLite is the embedded default; PostgreSQL and SQL Server are the server
/// options (SQL Server's scope and what has been proven on it: docs/adr/0017).
/// </summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
    SqlServer,
}
