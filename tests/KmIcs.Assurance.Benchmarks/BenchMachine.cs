using System.Runtime.InteropServices;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Benchmarks;

/// <summary>The "machine" object of every result file: figures are only comparable between runs on the same one.</summary>
public static class BenchMachine
{
    public static object Describe(PortalFactory portal, double? otherProcessesCores)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return new
        {
            cores = Environment.ProcessorCount,
            os = RuntimeInformation.OSDescription,
            architecture = RuntimeInformation.OSArchitecture.ToString(),
            runtime = RuntimeInformation.FrameworkDescription,
            database = portal.Database.Provider.ToString(),
            otherProcessesCores,
        };
    }
}
