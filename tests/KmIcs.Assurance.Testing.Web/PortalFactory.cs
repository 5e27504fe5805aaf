using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Testing.Databases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace KmIcs.Assurance.Testing.Web;

/// <summary>
/// Hosts the real portal over its own empty database on the engine chosen by <c>ASSURANCE_TEST_DATABASE</c>
/// (or <see cref="Provider"/>). With <see cref="UseRealServer"/> it listens on a loopback port for the browser.
/// </summary>
public partial class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? database;

    /// <summary>The engine under the portal; set before first use to override <c>ASSURANCE_TEST_DATABASE</c>.</summary>
    public DatabaseProvider Provider { get; init; } = TestDatabase.DefaultProvider;

    public TestDatabase Database => database ?? throw new InvalidOperationException("The factory has not been initialised.");

    /// <summary>Set before first use to serve over Kestrel on a free loopback port (browser tests).</summary>
    public bool UseRealServer { get; init; }

    /// <summary>The address a browser can reach, once the real server has started.</summary>
    public Uri ServerAddress
    {
        get
        {
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? throw new InvalidOperationException("The portal is not listening; set UseRealServer.");
            return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        }
    }

    public virtual async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(Provider);
        if (UseRealServer)
        {
            UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
            StartServer();
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        DeleteMailFolder();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        // Found from the repository layout rather than from build metadata, so every host (tests, benchmarks) agrees.
        builder.UseContentRoot(Path.Combine(RepositoryRoot.Find(), "src", "KmIcs.Assurance.Web"));
        // What Development does by itself: serve assets that live outside wwwroot until publish copies them there
        // (blazor.web.js from the framework's asset package, the Reporting library's files).
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Assurance", Database.Connection.ConnectionString);
        ConfigureAccounts(builder);
    }
}
