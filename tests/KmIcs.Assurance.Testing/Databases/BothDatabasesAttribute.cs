using System.Reflection;
using KmIcs.Assurance.Data.Configuration;
using Xunit.Sdk;

namespace KmIcs.Assurance.Testing.Databases;

/// <summary>
/// Runs a data test once on each engine we support, SQLite and PostgreSQL: the test method's first parameter
/// receives the <see cref="DatabaseProvider"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BothDatabasesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
        Enum.GetValues<DatabaseProvider>().Select(provider => new object[] { provider });
}
