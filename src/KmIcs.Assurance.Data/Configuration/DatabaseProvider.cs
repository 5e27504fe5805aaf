namespace KmIcs.Assurance.Data.Configuration;

/// <summary>The database engines the portal runs on. SQLite is the embedded default; PostgreSQL is the server option.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSQL,
}
