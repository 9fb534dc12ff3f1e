using Pipeline.Storage;

namespace Pipeline.Llm;

/// <summary>
/// One run's questions to the model: each answered from the answer cache when it was asked before,
/// else asked within what is left of the run's budget of requests and tokens.
/// </summary>
public sealed class ModelRun(Func<PipelineDbContext> openDatabase, ChatAsker asker, LlmOptions options)
{
    public int Requests { get; private set; }

    public long Tokens { get; private set; }

    /// <summary>Questions sent to the model (each once, however many attempts).</summary>
    public int Asked { get; private set; }

    /// <summary>Questions answered from the cache: nothing sent, nothing counted against the budget.</summary>
    public int Cached { get; private set; }

    /// <summary>Questions whose requests all failed.</summary>
    public int Failed { get; private set; }

    /// <summary>The kept answer to this question, else the model's; a <see cref="RunAnswer.BudgetStop"/> when the budget allows no more asking.</summary>
    public async Task<RunAnswer> AnswerAsync(string system, string user, int answerTokens, CancellationToken ct)
    {
        var key = PromptKey.Of(options.Model, system, user);
        await using (var db = openDatabase())
        {
            if (await new LlmAnswerStore(db).FindAsync(key, ct) is { } kept)
            {
                Cached++;
                return new RunAnswer(key, kept, true, 0, null, null, null);
            }
        }
        if (asker.BudgetStop(Requests, Tokens) is { } stop)
        {
            return new RunAnswer(key, null, false, 0, stop, null, null);
        }
        Asked++;
        var answer = await asker.AskAsync(system, user, answerTokens, options.MaxRequestsPerRun - Requests, ct);
        Requests += answer.Requests;
        Tokens += answer.Tokens;
        Failed += answer.Reply is null ? 1 : 0;
        var down = answer.EndpointDown ? $"{AdjudicationReport.EndpointDownPrefix} ({answer.Failure})" : null;
        return new RunAnswer(key, answer.Reply, false, answer.Tokens, null, answer.Failure, down);
    }

    /// <summary>Keeps a fresh answer in the cache (a cached one is there already). Only answers found valid are kept: an invalid one may be a slip the next run does not repeat.</summary>
    public async Task KeepAsync(PipelineDbContext db, RunAnswer answer, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!answer.FromCache && answer.Reply is { } reply)
        {
            await new LlmAnswerStore(db).SaveAsync(new LlmAnswer { Key = answer.Key, Model = options.Model, Content = reply, Tokens = answer.Cost, CreatedAt = at }, ct);
        }
    }
}
