namespace Pipeline.Tests.Infrastructure;

/// <summary>Waits for something another thread or process does, with generous patience rather than a fixed sleep.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    public static async Task UntilAsync(Func<Task<bool>> condition, string waitingFor)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"still waiting for {waitingFor} after {Patience.TotalMinutes} minutes");
            }
            await Task.Delay(100);
        }
    }
}
