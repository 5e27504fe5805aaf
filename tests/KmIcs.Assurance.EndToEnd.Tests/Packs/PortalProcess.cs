using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KmIcs.Assurance.Testing;

namespace KmIcs.Assurance.EndToEnd.Tests.Packs;

/// <summary>
/// The portal as an operating-system process (the built KmIcs.Assurance.Web.dll) on a SQLite file, so a test can kill it
/// outright, as a power cut or an OOM kill would, and start it again on the same database.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process process;

    private PortalProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<PortalProcess> StartAsync(string databaseFile)
    {
        var dll = Path.Combine(RepositoryRoot.Find(), "src", "KmIcs.Assurance.Web", "bin", "Debug", "net10.0", "KmIcs.Assurance.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build the solution first.");
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["ConnectionStrings__Assurance"] = $"Data Source={databaseFile}";
        start.Environment["Email__PublicBaseUrl"] = address.ToString();
        start.Environment["Email__PickupDirectory"] = Path.Combine(Path.GetDirectoryName(databaseFile)!, "mail");
        start.Environment["Reminders__Enabled"] = "false";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The portal did not start.");
        // Drained so a full pipe never blocks the portal's logging.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new PortalProcess(process, address);
        await portal.WaitHealthyAsync();
        return portal;
    }

    /// <summary>SIGKILL to the portal and every process it started (Chromium included): no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, $"The portal exited with code {(process.HasExited ? process.ExitCode : 0)} while starting.");
            try
            {
                using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }

            await Task.Delay(200);
        }

        Assert.Fail("The portal did not answer /health within two minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
