using System.Globalization;

namespace Triage.LoadTest.Online;

// CPU seconds used by PostgreSQL, RabbitMQ and the whole machine between two readings, from /proc (Linux only; elsewhere
// every figure is NaN). PostgreSQL's backends come and go with connections: a backend that ended is counted through its
// parent's reaped-children time, so the sum over the processes named "postgres" of their own time plus the children's
// they reaped covers every backend.
public sealed record CpuReading(double Postgres, double RabbitMq, double Machine)
{
    public static CpuReading Now()
    {
        if (!File.Exists("/proc/stat"))
            return new CpuReading(double.NaN, double.NaN, double.NaN);
        double postgres = 0, rabbit = 0;
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out _))
                continue;
            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var name = stat[(stat.IndexOf('(') + 1)..stat.LastIndexOf(')')];
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                double Ticks(int field) => double.Parse(fields[field - 3], CultureInfo.InvariantCulture);
                // Fields 14-17 of proc(5): utime, stime, cutime, cstime.
                if (name == "postgres")
                    postgres += Ticks(14) + Ticks(15) + Ticks(16) + Ticks(17);
                else if (name.StartsWith("beam", StringComparison.Ordinal))
                    rabbit += Ticks(14) + Ticks(15);
            }
            catch (IOException)
            {
                // The process ended while it was read.
            }
        }
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        // user, nice, system, idle, iowait, irq, softirq, steal: busy = all but idle and iowait.
        var busy = cpu.Take(8).Sum() - cpu[3] - cpu[4];
        return new CpuReading(postgres / TicksPerSecond, rabbit / TicksPerSecond, busy / TicksPerSecond);
    }

    public static CpuReading operator -(CpuReading end, CpuReading start) =>
        new(end.Postgres - start.Postgres, end.RabbitMq - start.RabbitMq, end.Machine - start.Machine);

    // USER_HZ, 100 on every Linux the project runs on.
    private const double TicksPerSecond = 100;
}
