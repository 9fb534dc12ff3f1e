using System.Diagnostics;

namespace Pipeline.Benchmarks.Stages;

/// <summary>
/// Accumulated wall time and allocated bytes per named stage, in the order the stages were first
/// timed. Allocations do not depend on what else the machine is doing, so they compare runs
/// that wall times, on a busy machine, cannot.
/// </summary>
internal sealed class StageTimes
{
    private readonly List<Stage> _stages = [];

    public IReadOnlyList<Stage> All => _stages;

    public T Time<T>(string stage, Func<T> work)
    {
        var (started, allocated) = (Stopwatch.GetTimestamp(), GC.GetTotalAllocatedBytes());
        var result = work();
        Add(stage, Stopwatch.GetElapsedTime(started), GC.GetTotalAllocatedBytes() - allocated);
        return result;
    }

    public async Task<T> TimeAsync<T>(string stage, Func<Task<T>> work)
    {
        var (started, allocated) = (Stopwatch.GetTimestamp(), GC.GetTotalAllocatedBytes());
        var result = await work();
        Add(stage, Stopwatch.GetElapsedTime(started), GC.GetTotalAllocatedBytes() - allocated);
        return result;
    }

    private void Add(string name, TimeSpan time, long allocated)
    {
        var at = _stages.FindIndex(s => s.Name == name);
        if (at < 0)
        {
            _stages.Add(new Stage(name, time, allocated));
        }
        else
        {
            _stages[at] = _stages[at] with { Time = _stages[at].Time + time, Allocated = _stages[at].Allocated + allocated };
        }
    }

    internal sealed record Stage(string Name, TimeSpan Time, long Allocated);
}
