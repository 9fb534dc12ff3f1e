using Pipeline.Extraction;
using Pipeline.Storage;

namespace Pipeline.App.Evaluation;

/// <summary>
/// Which Pipeline claims state which annotated claims. An annotated claim is found when a claim of
/// its document overlaps its quote (located in the stored text) and states its fact and figure.
/// A Pipeline claim maps to the annotated claim it is found as, else to one it repeats elsewhere
/// in the document (the set annotates a repeated figure once; a whole month repeats a day in it,
/// see <see cref="ClaimMatch.Repeats"/>); it is correct when it maps. A claim that does not map
/// but stands inside an annotated quote, with the same subject and measure and a period the
/// annotation does not give, is outside the annotation and not scored: the set annotates one
/// period of a quoted table row ("only the 2024 column"), so the row's other years are neither
/// right nor wrong by it.
/// </summary>
public sealed class ClaimMatching
{
    private static readonly string[] ScriptOrder = ["Latn", "Hans", "Hant"];

    private readonly DevSet _set;
    private readonly Dictionary<int, Document> _documents;
    private readonly Dictionary<int, string> _files;
    private readonly Dictionary<long, AnnotatedClaim> _mapped = [];
    private readonly List<(AnnotatedClaim Claim, string Why, List<ClaimRecord> Overlapping)> _missed = [];
    private readonly HashSet<AnnotatedClaim> _found = [];
    private readonly HashSet<long> _otherPeriod = [];
    private readonly Dictionary<string, string> _scripts = new(StringComparer.Ordinal);
    private int _quotesNotFound;
    private int _articlesNotStored;

    public ClaimMatching(DevSet set, StoredCorpus corpus)
    {
        _set = set;
        _documents = corpus.Documents.ToDictionary(d => d.Id);
        _files = corpus.Documents.ToDictionary(d => d.Id, d => FileName(set.ArticlesDirectory, d.Source));
        var documentOfFile = _files.GroupBy(f => f.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
        var claimsOf = corpus.Claims.ToLookup(c => c.DocumentId);
        foreach (var annotated in set.Claims)
        {
            if (!documentOfFile.TryGetValue(annotated.File, out var documentId))
            {
                _articlesNotStored++;
                _missed.Add((annotated, "article not stored", []));
                continue;
            }
            Locate(annotated, _documents[documentId].Text, claimsOf[documentId]);
        }
        var annotatedOf = set.Claims.ToLookup(c => c.File, StringComparer.Ordinal);
        var inAnnotatedFiles = corpus.Claims.Where(c => annotatedOf.Contains(_files[c.DocumentId])).ToList();
        foreach (var claim in inAnnotatedFiles.Where(c => !_mapped.ContainsKey(c.Id)))
        {
            if (annotatedOf[_files[claim.DocumentId]].FirstOrDefault(a => ClaimMatch.Repeats(a, claim)) is { } repeated)
            {
                _mapped[claim.Id] = repeated;
            }
        }
        _otherPeriod.ExceptWith(_mapped.Keys);
        Predicted = [.. inAnnotatedFiles.Where(c => !_otherPeriod.Contains(c.Id))];
        OutsideAnnotation = inAnnotatedFiles.Count - Predicted.Count;
    }

    /// <summary>Pipeline's claims in annotated documents, but those outside the annotation: what precision is over.</summary>
    public IReadOnlyList<ClaimRecord> Predicted { get; }

    /// <summary>Claims left unscored: inside an annotated quote, of a period its annotation does not give.</summary>
    public int OutsideAnnotation { get; }

    /// <summary>The annotated claim <paramref name="claim"/> states; null when it states none.</summary>
    public AnnotatedClaim? MapOf(ClaimRecord claim) => _mapped.GetValueOrDefault(claim.Id);

    public PipelineClaimView View(ClaimRecord claim) => PipelineClaimView.Of(claim, _files[claim.DocumentId], MapOf(claim));

    public ClaimScores Scores()
    {
        var scripts = _set.Claims.Select(c => ScriptOfFile(c.File))
            .Concat(Predicted.Select(c => ScriptOfFile(_files[c.DocumentId])))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(s => Array.IndexOf(ScriptOrder, s) is var i && i < 0 ? int.MaxValue : i)
            .ThenBy(s => s, StringComparer.Ordinal);
        var catalogue = _set.Claims.Where(c => c.Attribute is not null).ToList();
        return new ClaimScores(
            Score("all", _ => true),
            [.. scripts.Select(s => Score(s, file => ScriptOfFile(file) == s))],
            catalogue.Count,
            catalogue.Count(_found.Contains),
            OutsideAnnotation,
            _quotesNotFound,
            _articlesNotStored);
    }

    public IReadOnlyList<MissedClaim> Missed() =>
        [.. _missed.Select(m => new MissedClaim(AnnotatedClaimView.Of(m.Claim), m.Why, [.. m.Overlapping.Select(View)]))];

    public IReadOnlyList<PipelineClaimView> False() => [.. Predicted.Where(c => MapOf(c) is null).Select(View)];

    private void Locate(AnnotatedClaim annotated, string text, IEnumerable<ClaimRecord> claims)
    {
        var spans = QuoteLocator.FindAll(text, annotated.Quote);
        if (spans.Count == 0)
        {
            _quotesNotFound++;
            _missed.Add((annotated, "quote not found in stored text", []));
            return;
        }
        var overlapping = claims.Where(c => spans.Any(s => c.Start < s.End && s.Start < c.End)).ToList();
        var stating = overlapping.Where(c => ClaimMatch.SameFact(annotated, c)).ToList();
        foreach (var claim in stating)
        {
            _mapped.TryAdd(claim.Id, annotated);
        }
        if (stating.Count > 0)
        {
            _found.Add(annotated);
            SetAsideOtherPeriods(annotated, overlapping.Except(stating));
            return;
        }
        _missed.Add((annotated, annotated.Attribute is null ? "measure outside the catalogue" : "no claim states it", overlapping));
    }

    /// <summary>
    /// Where the quote's annotated figure was read, the quote's other figures of the same subject and
    /// measure but of periods the annotation does not give (a table row's other years) are not scored.
    /// </summary>
    private void SetAsideOtherPeriods(AnnotatedClaim annotated, IEnumerable<ClaimRecord> others)
    {
        if (SetPeriod.Parse(annotated.Time) is not { } period)
        {
            return;
        }
        _otherPeriod.UnionWith(others
            .Where(c => c.Attribute == annotated.Attribute && c.Subject == annotated.PipelineSubject
                && c.TimeFrom is { } from && !new DateSpan(from, c.TimeTo ?? from).Overlaps(period))
            .Select(c => c.Id));
    }

    private ClaimScore Score(string script, Func<string, bool> inScript)
    {
        var predicted = Predicted.Where(c => inScript(_files[c.DocumentId])).ToList();
        var annotated = _set.Claims.Where(c => inScript(c.File)).ToList();
        return new ClaimScore(script, predicted.Count, predicted.Count(c => _mapped.ContainsKey(c.Id)), annotated.Count, annotated.Count(_found.Contains));
    }

    private string ScriptOfFile(string file)
    {
        if (!_scripts.TryGetValue(file, out var script))
        {
            var document = _files.Where(f => f.Value == file).Select(f => _documents[f.Key]).FirstOrDefault();
            _scripts[file] = script = _set.ScriptOf(file, document?.Language, document?.Script);
        }
        return script;
    }

    private static string FileName(string articlesDirectory, string source) =>
        Path.GetRelativePath(Path.GetFullPath(articlesDirectory), Path.GetFullPath(source)).Replace('\\', '/');
}
