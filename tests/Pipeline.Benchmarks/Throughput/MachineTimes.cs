using System.Globalization;

namespace Pipeline.Benchmarks.Throughput;

/// <summary>
/// What the machine's cores did, from Linux's /proc/stat (in clock ticks, every core together): all
/// their time, the time they waited for the disk with nothing else to run, and the time the host
/// took for other guests (steal). A run whose cpu use falls short shows here whether the disk or a
/// neighbour held it back; this machine's speed moves by half within an hour.
/// </summary>
internal sealed record MachineTimes(long Total, long IoWait, long Stolen)
{
    public double IoWaitShare => Total == 0 ? 0 : (double)IoWait / Total;

    public double StolenShare => Total == 0 ? 0 : (double)Stolen / Total;

    /// <summary>The counters now; null where there is no /proc/stat.</summary>
    public static MachineTimes? Now()
    {
        string? line;
        try
        {
            line = File.ReadLines("/proc/stat").FirstOrDefault();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (line is null || !line.StartsWith("cpu ", StringComparison.Ordinal))
        {
            return null;
        }
        // cpu  user nice system idle iowait irq softirq steal guest guest_nice (guest time is in user already)
        var ticks = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        return ticks.Length == 8 ? new MachineTimes(ticks.Sum(), ticks[4], ticks[7]) : null;
    }

    public MachineTimes Since(MachineTimes before) => new(Total - before.Total, IoWait - before.IoWait, Stolen - before.Stolen);
}
