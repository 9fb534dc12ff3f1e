using System.Diagnostics;

namespace Pipeline.Benchmarks.Stages;

/// <summary>Accumulated time per named stage, in the order the stages were first timed.</summary>
internal sealed class StageTimes
{
    private readonly List<(string Name, TimeSpan Time)> _stages = [];

    public IReadOnlyList<(string Name, TimeSpan Time)> All => _stages;

    public T Time<T>(string stage, Func<T> work)
    {
        var started = Stopwatch.GetTimestamp();
        var result = work();
        Add(stage, Stopwatch.GetElapsedTime(started));
        return result;
    }

    public async Task<T> TimeAsync<T>(string stage, Func<Task<T>> work)
    {
        var started = Stopwatch.GetTimestamp();
        var result = await work();
        Add(stage, Stopwatch.GetElapsedTime(started));
        return result;
    }

    public void Add(string stage, TimeSpan time)
    {
        var at = _stages.FindIndex(s => s.Name == stage);
        if (at < 0)
        {
            _stages.Add((stage, time));
        }
        else
        {
            _stages[at] = (stage, _stages[at].Time + time);
        }
    }
}
