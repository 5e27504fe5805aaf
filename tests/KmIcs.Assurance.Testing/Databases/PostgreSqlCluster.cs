using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace KmIcs.Assurance.Testing.Databases;

/// <summary>
/// A throwaway PostgreSQL 15 cluster for one test run: initdb into a temporary folder, pg_ctl start on a free
/// loopback port, stopped and deleted when the test process exits. initdb and pg_ctl refuse to run as root,
/// so as root (CI) they run as the <c>postgres</c> user, which then owns the folder.
/// </summary>
public sealed class PostgreSqlCluster : IAsyncDisposable
{
    private const string SuperUser = "assurance";
    private const string FolderPrefix = "kmics-pg-";
    private static readonly SemaphoreSlim StartLock = new(1, 1);
    private static PostgreSqlCluster? shared;

    private readonly string directory;
    private readonly string binDirectory;
    private readonly int port;
    private int databaseCounter;

    private PostgreSqlCluster(string directory, string binDirectory, int port)
    {
        this.directory = directory;
        this.binDirectory = binDirectory;
        this.port = port;
    }

    /// <summary>The cluster shared by every test in this process, started on first use.</summary>
    public static async Task<PostgreSqlCluster> GetSharedAsync()
    {
        await StartLock.WaitAsync();
        try
        {
            if (shared is null)
            {
                shared = await StartAsync();
                AppDomain.CurrentDomain.ProcessExit += (_, _) => shared.StopAsync().AsTask().GetAwaiter().GetResult();
            }

            return shared;
        }
        finally
        {
            StartLock.Release();
        }
    }

    public string AdminConnectionString => BuildConnectionString("postgres");

    /// <summary>Creates an empty database with a unique name, so tests never share data.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test")
    {
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref databaseCounter)}".ToLowerInvariant();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{name}\"";
        await command.ExecuteNonQueryAsync();
        return BuildConnectionString(name);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static async Task<PostgreSqlCluster> StartAsync()
    {
        var bin = Environment.GetEnvironmentVariable("ASSURANCE_PG_BIN") ?? "/usr/lib/postgresql/15/bin";
        if (!File.Exists(Path.Combine(bin, "initdb")))
        {
            throw new InvalidOperationException(
                $"PostgreSQL server binaries were not found in {bin}. Run ./build.sh setup (it installs postgresql-15) " +
                "or set ASSURANCE_PG_BIN to the folder that holds initdb and pg_ctl.");
        }

        RemoveAbandonedClusters();
        var directory = Path.Combine(Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", ["postgres:postgres", directory], asPostgres: false);
        }

        var dataDirectory = Path.Combine(directory, "data");
        var port = FreePort();
        var cluster = new PostgreSqlCluster(directory, bin, port);
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", dataDirectory, "-A", "trust", "-U", SuperUser, "-E", "UTF8", "--no-sync"], Environment.IsPrivilegedProcess);
        await RunAsync(
            Path.Combine(bin, "pg_ctl"),
            ["-D", dataDirectory, "-o", $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "-l", Path.Combine(directory, "log"), "-w", "start"],
            Environment.IsPrivilegedProcess);
        return cluster;
    }

    private async ValueTask StopAsync()
    {
        if (!Directory.Exists(directory))
        {
            return;
        }

        try
        {
            await RunAsync(Path.Combine(binDirectory, "pg_ctl"), ["-D", Path.Combine(directory, "data"), "-m", "immediate", "-w", "stop"], Environment.IsPrivilegedProcess);
        }
        finally
        {
            DeleteDirectory();
        }
    }

    // The postmaster may still be removing its socket and lock files just after pg_ctl returns, which makes a
    // recursive delete fail with "directory not empty"; a few short retries let it finish.
    private void DeleteDirectory()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 10)
            {
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>
    /// The test runner may end a test process by killing it, which stops its cluster (the postmaster dies with the
    /// process tree) but leaves the folder behind; folders whose owning test process is gone are removed here.
    /// </summary>
    private static void RemoveAbandonedClusters()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.GetFileName(folder)[FolderPrefix.Length..].Split('-')[0];
            if (!int.TryParse(owner, System.Globalization.CultureInfo.InvariantCulture, out var pid) || IsRunning(pid)
                || File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
            {
                continue;
            }

            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Another test process is cleaning the same folder; it will finish the job.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private string BuildConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = IPAddress.Loopback.ToString(),
        Port = port,
        Username = SuperUser,
        Database = database,
        Pooling = true,
        IncludeErrorDetail = true,
    }.ToString();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var start = new ProcessStartInfo
        {
            FileName = asPostgres ? "runuser" : program,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres)
        {
            foreach (var argument in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
