using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.SemanticKernel.ChatCompletion;
using Pipeline.Claims;
using Pipeline.Extraction;
using Pipeline.Extraction.Entities;
using Pipeline.Storage;

namespace Pipeline.Llm;

/// <summary>
/// Asks the configured model for the claims of sentences the rules read none from, though they name a
/// value and a lexicon entity; stores those that pass <see cref="ModelClaimReader"/>, marked as the model's.
/// Same client, budget, retries and answer cache as adjudication.
/// </summary>
public sealed class ExtractionHelpService(
    Func<PipelineDbContext> openDatabase, IChatCompletionService chat, LlmOptions options, AttributeCatalog catalog, Lexicon lexicon)
{
    /// <summary>Room for the answer: a few claims of seven short fields.</summary>
    private const int AnswerTokens = 600;

    private readonly ChatAsker _asker = new(chat, options);
    private readonly ModelClaimReader _reader = new(catalog, lexicon);

    public async Task<ExtractionHelpReport> RunAsync(int? limit = null, CancellationToken ct = default)
    {
        var waiting = await SentencesAsync(ct);
        var queue = limit is { } n ? waiting.Take(n).ToList() : [.. waiting];
        var system = ExtractionPrompt.System(catalog);
        int stored = 0, discarded = 0, invalid = 0;
        var run = new ModelRun(openDatabase, _asker, options);
        var problems = new List<string>();
        var invariant = CultureInfo.InvariantCulture;
        ExtractionHelpReport Report(int notAsked, string? stopped) =>
            new(waiting.Count, run.Asked, run.Cached, stored, discarded, invalid, run.Failed, notAsked, run.Requests, run.Tokens, stopped, problems);
        for (var i = 0; i < queue.Count; i++)
        {
            var sentence = queue[i];
            var where = string.Create(invariant, $"document {sentence.Document.Id}, sentence at {sentence.Start}");
            var answer = await run.AnswerAsync(system, ExtractionPrompt.User(sentence), AnswerTokens, ct);
            if (answer.BudgetStop is { } budgetStop)
            {
                return Report(queue.Count - i, budgetStop);
            }
            if (answer.Reply is not { } reply)
            {
                problems.Add($"{where}: no answer: {answer.Failure}");
                if (answer.EndpointDown is { } down)
                {
                    return Report(queue.Count - i - 1, down);
                }
                continue;
            }
            if (ClaimsAnswer.Parse(reply, out var error) is not { } proposed)
            {
                invalid++;
                problems.Add($"{where}: invalid answer, discarded: {error}");
                continue;
            }
            var claims = new List<Claim>();
            foreach (var item in proposed)
            {
                if (_reader.Read(item, sentence, out var refused) is not { } claim)
                {
                    discarded++;
                    problems.Add($"{where}: claim discarded: {refused}");
                }
                else if (claims.Any(c => c.Start == claim.Start))
                {
                    discarded++;
                    problems.Add($"{where}: claim discarded: a second claim on the value \"{sentence.Text[(claim.Start - sentence.Start)..(claim.End - sentence.Start)]}\"");
                }
                else
                {
                    claims.Add(claim);
                }
            }
            await using (var db = openDatabase())
            {
                // A well-formed answer is kept even when its claims were refused: the same question would get the same refusal.
                await run.KeepAsync(db, answer, Clock.UtcNowInMicroseconds(), ct);
                stored += await StoreAsync(db, sentence.Document.Id, claims, ct);
            }
        }
        return Report(0, null);
    }

    /// <summary>The claims, marked as the model's, except where a claim now covers their value (another run, a re-ingest): never doubled.</summary>
    private async Task<int> StoreAsync(PipelineDbContext db, int documentId, List<Claim> claims, CancellationToken ct)
    {
        var added = 0;
        foreach (var claim in claims)
        {
            if (await db.Claims.AnyAsync(c => c.DocumentId == documentId && c.Start < claim.End && claim.Start < c.End, ct))
            {
                continue;
            }
            var record = ClaimRecord.From(documentId, claim);
            record.Origin = ClaimRecord.ModelOrigin;
            record.Model = options.Model;
            db.Claims.Add(record);
            added++;
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>Sentences that name a value (not only a date) and a lexicon entity, and hold no claim, by document and position.</summary>
    private async Task<IReadOnlyList<HelpSentence>> SentencesAsync(CancellationToken ct)
    {
        var sentences = new List<HelpSentence>();
        await using var db = openDatabase();
        var store = new ExtractionStore(db);
        foreach (var document in await db.Documents.AsNoTracking().OrderBy(d => d.Id).ToListAsync(ct))
        {
            var mentions = await store.MentionsAsync(document.Id, ct);
            if (!mentions.Any(m => m.Kind is not (MentionKind.Entity or MentionKind.Date)))
            {
                continue;
            }
            var claims = await store.ClaimsOfAsync(document.Id, ct);
            foreach (var (start, end) in SentenceSplitter.Split(document.Text, document.Language))
            {
                if (claims.Any(c => c.SentenceStart < end && start < c.SentenceEnd))
                {
                    continue;
                }
                var inside = mentions.Where(m => m.Start >= start && m.End <= end).ToList();
                var values = inside.Where(m => m.Kind is not (MentionKind.Entity or MentionKind.Date)).ToList();
                var entities = inside.Where(m => m.Kind == MentionKind.Entity && m.EntityId is { } id && lexicon.Find(id) is not null).ToList();
                if (values.Count > 0 && entities.Count > 0)
                {
                    sentences.Add(new HelpSentence(document, start, end, document.Text[start..end],
                        values, [.. inside.Where(m => m.Kind == MentionKind.Date)], entities));
                }
            }
        }
        return sentences;
    }
}
