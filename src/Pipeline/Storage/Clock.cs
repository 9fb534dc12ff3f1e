namespace Pipeline.Storage;

/// <summary>The time stores write.</summary>
internal static class Clock
{
    /// <summary>Now, in UTC, to the microsecond: PostgreSQL keeps microseconds, so what is returned equals what is stored.</summary>
    public static DateTimeOffset UtcNowInMicroseconds()
    {
        var now = DateTimeOffset.UtcNow;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMicrosecond));
    }
}
