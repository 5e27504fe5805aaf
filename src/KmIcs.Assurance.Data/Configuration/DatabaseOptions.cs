namespace KmIcs.Assurance.Data.Configuration;

/// <summary>
/// Bound from the <c>Database</c> configuration section; the connection string comes from
/// <c>ConnectionStrings:Assurance</c> so the usual environment variables
/// (<c>Database__Provider</c>, <c>ConnectionStrings__Assurance</c>) work.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Assurance";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Where the embedded SQLite file lives when no connection string is given.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>Apply migrations when the web host starts (the CLI's <c>migrate</c> does the same on demand).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Seed an empty embedded database with the Kent and Medway strategy on first start.</summary>
    public bool SeedOnStart { get; set; } = true;

    /// <summary>The seed data sets (folders under <c>seed/</c>) imported on start when their tenant does not exist yet.</summary>
    public IReadOnlyList<string> SeedTenants { get; set; } = ["kent-medway"];
}
