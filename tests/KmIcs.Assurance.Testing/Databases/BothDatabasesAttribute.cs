using System.Reflection;
using KmIcs.Assurance.Data.Configuration;
using Xunit.Sdk;

namespace KmIcs.Assurance.Testing.Databases;

/// <summary>
/// Runs a data test once on each engine the test assembly covers: the test method's first parameter receives the
/// <see cref="DatabaseProvider"/>. By default that is SQLite and PostgreSQL, the two engines every machine can start;
/// an assembly marked <see cref="DataTestEnginesAttribute"/> (the SQL Server test project) names its own.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BothDatabasesAttribute : DataAttribute
{
    private static readonly DatabaseProvider[] LocalEngines = [DatabaseProvider.Sqlite, DatabaseProvider.PostgreSQL];

    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        ArgumentNullException.ThrowIfNull(testMethod);
        var engines = testMethod.DeclaringType?.Assembly.GetCustomAttribute<DataTestEnginesAttribute>()?.Engines ?? LocalEngines;
        return engines.Select(provider => new object[] { provider });
    }
}
