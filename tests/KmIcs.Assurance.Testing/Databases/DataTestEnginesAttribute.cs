using KmIcs.Assurance.Data.Configuration;

namespace KmIcs.Assurance.Testing.Databases;

/// <summary>
/// Names the engines <see cref="BothDatabasesAttribute"/> runs an assembly's data tests on, instead of SQLite and
/// PostgreSQL. The SQL Server test project compiles the data tests' sources and marks itself with SqlServer only.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class DataTestEnginesAttribute(params DatabaseProvider[] engines) : Attribute
{
    public IReadOnlyList<DatabaseProvider> Engines { get; } = engines;
}
