using System.Globalization;
using System.Runtime.InteropServices;

/// <summary>
/// CPU time, to compare work per claim with work per pgbench transaction independently of how busy
/// the (shared) machine is: this process, waited-for child processes (pgbench), and the PostgreSQL
/// backends serving one database (read from /proc: the server is on this machine).
/// </summary>
internal static class CpuMeter
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>Seconds of CPU used by the live backends connected to <paramref name="database"/>, by process id.</summary>
    public static Dictionary<int, double> Backends(string database)
    {
        var result = new Dictionary<int, double>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            try
            {
                var cmd = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (!cmd.StartsWith("postgres: ", StringComparison.Ordinal) || !cmd.Contains(" " + database + " ", StringComparison.Ordinal))
                {
                    continue;
                }
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // fields after the command: state(0) ... utime(11) stime(12)
                result[pid] = (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
            }
            catch (IOException)
            {
                // the process ended while we looked
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return result;
    }

    /// <summary>CPU seconds the backends used between two readings (a backend that appeared counts from zero).</summary>
    public static double Used(Dictionary<int, double> before, Dictionary<int, double> after) =>
        after.Sum(a => a.Value - before.GetValueOrDefault(a.Key));

    public static double Children()
    {
        if (GetRusage(-1 /* RUSAGE_CHILDREN */, out var u) != 0)
        {
            return 0;
        }
        return u.UserSec + u.UserUsec / 1e6 + u.SysSec + u.SysUsec / 1e6;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSec;
        public long UserUsec;
        public long SysSec;
        public long SysUsec;
        public Rest14 Rest;
    }

    [System.Runtime.CompilerServices.InlineArray(14)]
    private struct Rest14
    {
        private long _first;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, out RUsage usage);
}
