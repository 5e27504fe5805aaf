using System.Globalization;

namespace KmIcs.Assurance.Benchmarks;

/// <summary>
/// How much CPU other processes used while the benchmark ran, in cores on average: the machine's busy time
/// (<c>/proc/stat</c>) less this process's own (<c>/proc/self/stat</c>), over the elapsed time. A load average cannot say
/// this: it counts the benchmark's own threads and lags by a minute (it still shows the build that came just before).
/// Linux only; null elsewhere.
/// </summary>
public sealed class OtherCpuUse
{
    // USER_HZ: the unit of both files' tick counts, 100 on every Linux ABI .NET supports.
    private const double TicksPerSecond = 100;
    private readonly (long MachineBusy, long Own)? start = Read();
    private readonly DateTime startedAt = DateTime.UtcNow;

    /// <summary>Cores' worth of CPU used by other processes since this was created.</summary>
    public double? CoresSinceStart()
    {
        var now = Read();
        var seconds = (DateTime.UtcNow - startedAt).TotalSeconds;
        if (start is not { } before || now is not { } after || seconds <= 0)
        {
            return null;
        }

        var others = (after.MachineBusy - before.MachineBusy) - (after.Own - before.Own);
        return Math.Round(Math.Max(0, others) / TicksPerSecond / seconds, 2);
    }

    private static (long MachineBusy, long Own)? Read()
    {
        try
        {
            // cpu  user nice system idle iowait irq softirq steal ...: busy is everything but idle and iowait.
            var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            var busy = cpu.Sum() - cpu[3] - cpu[4];

            // Fields after the ")" that closes the command name: utime and stime are the 12th and 13th.
            var self = File.ReadAllText("/proc/self/stat");
            var fields = self[(self.LastIndexOf(')') + 2)..].Split(' ');
            var own = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return (busy, own);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
