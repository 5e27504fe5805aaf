using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Testing.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Benchmarks;

/// <summary>
/// The real portal over Kestrel on loopback (seeded with the Kent and Medway data on start, SQLite unless
/// <c>ASSURANCE_TEST_DATABASE</c> says otherwise), with <see cref="SqlCommandCounter"/> on every context the portal
/// makes. The counter only counts requests that ask for it, so the load runs are not affected beyond one
/// <see cref="AsyncLocal{T}"/> read per command.
/// </summary>
public sealed class BenchPortalFactory : PortalFactory
{
    public BenchPortalFactory() => UseRealServer = true;

    public SqlCommandCounter SqlCommands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (Database.Provider == DatabaseProvider.Sqlite)
        {
            // The test database turns pooling off so each test can delete its file at once; the portal's own SQLite
            // connection (DatabaseConnection.Resolve) pools, as Microsoft.Data.Sqlite does by default. Measure that.
            builder.UseSetting("ConnectionStrings:Assurance", new SqliteConnectionStringBuilder(Database.Connection.ConnectionString) { Pooling = true }.ToString());
        }

        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<AssuranceDbContext>(options => options.AddInterceptors(SqlCommands));
            services.AddSingleton(SqlCommands.StartupFilter);
        });
    }
}
