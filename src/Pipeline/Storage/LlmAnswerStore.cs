using Microsoft.EntityFrameworkCore;

namespace Pipeline.Storage;

/// <summary>The model's kept answers (<see cref="LlmAnswer"/>), by prompt key.</summary>
public sealed class LlmAnswerStore(PipelineDbContext db)
{
    /// <summary>The answer kept for <paramref name="key"/>, or null when that question was never answered validly.</summary>
    public async Task<string?> FindAsync(string key, CancellationToken ct = default) =>
        await db.LlmAnswers.AsNoTracking().Where(a => a.Key == key).Select(a => a.Content).FirstOrDefaultAsync(ct);

    /// <summary>Keeps <paramref name="answer"/> unless one is kept for its key already (the first answer stays).</summary>
    public async Task SaveAsync(LlmAnswer answer, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (await db.LlmAnswers.AnyAsync(a => a.Key == answer.Key, ct))
        {
            return;
        }
        db.LlmAnswers.Add(answer);
        await db.SaveChangesAsync(ct);
    }
}
