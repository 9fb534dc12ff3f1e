using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>
/// Reads a query in Lucene syntax against the title, word and bigram fields at once. Every
/// word must match (AND), and a run of CJK text becomes a phrase, so 稀土精炼 means those
/// four characters together, in whichever script the document was written. A name of a
/// lexicon entity is looked up as the entity, so "neodymium" finds 釹 and 钕.
/// </summary>
public sealed partial class SearchQueryParser(IndexAnalyzers analyzers, IEntityNames? entityNames = null)
{
    private const int ShownLength = 80;

    /// <summary>How much a match of a whole counts against a match of the part the query named.</summary>
    private const string WholeBoost = "0.3";

    private static readonly Dictionary<string, float> Boosts = new()
    {
        [IndexFields.Title] = 2f,
        [IndexFields.Body] = 1f,
        [IndexFields.BodyBigrams] = 0.5f,
    };

    /// <summary>The query as Lucene runs it, with every name of a concept (<see cref="Read"/> says more).</summary>
    public Query Parse(string query) => Read(query).ByNames;

    /// <summary>
    /// The query read both ways: each concept widened to all its names, and, when the query names a
    /// concept, to the concept's one term, for an index that marks concepts; with a third reading
    /// of what highlighting looks for in such an index. Names are found in the query once for all.
    /// </summary>
    public ParsedQuery Read(string query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new InvalidSearchQueryException("empty query", new ArgumentException("empty", nameof(query)));
        }
        try
        {
            var widenings = Applied(query, Widenings(query));
            var byNames = NewParser().Parse(Widened(query, widenings, w => w.ByNames));
            if (!widenings.Any(w => w.ByConceptTerm is not null))
            {
                return new ParsedQuery(byNames, null);
            }
            var byConceptTerms = NewParser().Parse(Widened(query, widenings, w => w.ByConceptTerm ?? w.ByNames));
            var highlighted = NewParser().Parse(Widened(query, widenings, w => w.Highlighted ?? w.ByNames));
            return new ParsedQuery(byNames, byConceptTerms, highlighted)
            {
                Concepts = [.. widenings.Where(w => w.Concept is not null).Select(w => w.Concept!)],
            };
        }
        catch (ParseException e)
        {
            throw new InvalidSearchQueryException($"cannot read query \"{Shown(query)}\": {Describe(ErrorAsWritten(query) ?? e)}", e);
        }
        catch (ArgumentException e)
        {
            // Lucene reads a /regular expression/ while it parses, and throws its own error for a bad one.
            throw new InvalidSearchQueryException($"cannot read query \"{Shown(query)}\": not a valid /regular expression/: {e.Message}", e);
        }
    }

    /// <summary>
    /// The error of the query as the analyst wrote it, before names were widened, so a column
    /// counts in their text; null when only the widened query fails.
    /// </summary>
    private ParseException? ErrorAsWritten(string query)
    {
        try
        {
            NewParser().Parse(query);
            return null;
        }
        catch (ParseException e)
        {
            return e;
        }
    }

    // The parser keeps state while it reads, so each query gets its own.
    private FieldsParser NewParser() =>
        new(analyzers)
        {
            DefaultOperator = Operator.AND,
            AutoGeneratePhraseQueries = true,
        };

    /// <summary>The title, word and bigram fields at once; and concept:"id", the term that marks a concept in each of them.</summary>
    private sealed class FieldsParser(IndexAnalyzers analyzers)
        : MultiFieldQueryParser(IndexAnalyzers.Version, [.. IndexFields.Searched], analyzers.PerField, Boosts)
    {
        protected override BooleanQuery NewBooleanQuery(bool disableCoord) => new WindowedBooleanQuery(disableCoord);

        /// <summary>
        /// The clauses, less each that repeats one before it (the same query, the same occur): 钕 釹
        /// or refining OR 精炼 name one thing in two scripts, which read as one clause, and a search
        /// for them should neither weigh that thing twice against the other words nor read it twice.
        /// </summary>
        protected override Query GetBooleanQuery(IList<BooleanClause> clauses, bool disableCoord) =>
            base.GetBooleanQuery([.. clauses.Where((clause, i) => !clauses.Take(i).Any(before => before.Occur == clause.Occur && before.Query.Equals(clause.Query)))], disableCoord);

        protected override Query GetFieldQuery(string field, string queryText, bool quoted) => field switch
        {
            IndexFields.Concept => ConceptQuery(queryText),
            IndexFields.NamedEntity => new NamedEntityQuery(queryText),
            _ => WithGluedWords(queryText, WithoutNeedlessWords(field, queryText, base.GetFieldQuery(field, queryText, quoted))),
        };

        protected override Query GetFieldQuery(string field, string queryText, int slop) => field switch
        {
            IndexFields.Concept => ConceptQuery(queryText),
            IndexFields.NamedEntity => new NamedEntityQuery(queryText),
            _ => WithoutNeedlessWords(field, queryText, base.GetFieldQuery(field, queryText, slop)),
        };

        /// <summary>
        /// One Han character, looked up in the word fields (text and title) also inside the lexicon's
        /// names: those fields keep a name whole (稀土, 中国稀土集团), and the character as a word of
        /// its own finds none of the places it stands in one. Only the names that hold it are added,
        /// so what matches is still exactly where the character stands; they score as one constant
        /// clause, and highlighting, which marks the character wherever it stands, does not see them.
        /// With <c>characters</c>, the text's index holds no lone Han character (the title's does):
        /// the bigram field finds it, by every gram that starts with it (see <see cref="ByGramsStartingWith"/>).
        /// </summary>
        private Query WithGluedWords(string queryText, Query query)
        {
            if (queryText.Length != 1 || analyzers.Normalizer.Normalize(queryText).Text is not { Length: 1 } normalized
                || !WordTokenizer.IsHan(normalized[0]))
            {
                return query;
            }
            var names = analyzers.ProtectedTerms.Holding(normalized[0]);
            var byGrams = analyzers.Segmenter == ChineseSegmenter.Characters;
            if (names.Count == 0 && !byGrams)
            {
                return query;
            }
            Query OneCharacter(Query clause) => InNamesToo(byGrams ? ByGramsStartingWith(clause) : clause, names);
            return query is BooleanQuery fields ? Rebuilt(fields, clause => OneCharacter(clause.Query)) : OneCharacter(query);
        }

        /// <summary>
        /// The bigram field's term for one character, as every gram that starts with it: each place a
        /// character stands starts one (a pair, or the character alone at the end of its run), so
        /// this finds exactly where it stands. The grams are many, so they score as one constant
        /// clause, which highlighting, marking the character alone, does not see. An index made
        /// before run ends stood alone still finds the character through the word field.
        /// </summary>
        private static Query ByGramsStartingWith(Query query) =>
            query is TermQuery { Term.Field: IndexFields.BodyBigrams } gram
                ? new ConstantScoreQuery(new PrefixQuery(gram.Term)) { Boost = gram.Boost }
                : query;

        private static Query InNamesToo(Query query, IReadOnlyList<string> names) =>
            names.Count > 0 && query is TermQuery { Term.Field: IndexFields.Body or IndexFields.Title } word ? OrInNames(word, names) : query;

        private static BooleanQuery OrInNames(TermQuery word, IReadOnlyList<string> names)
        {
            var inNames = new BooleanQuery(disableCoord: true);
            foreach (var name in names)
            {
                inNames.Add(new TermQuery(new Lucene.Net.Index.Term(word.Term.Field, name)), Occur.SHOULD);
            }
            var either = new BooleanQuery(disableCoord: true) { Boost = word.Boost };
            either.Add(new TermQuery(word.Term), Occur.SHOULD);
            either.Add(new ConstantScoreQuery(inNames), Occur.SHOULD);
            return either;
        }

        /// <summary>The query with each clause's query replaced, or the clause left out where the replacement is null.</summary>
        private static WindowedBooleanQuery Rebuilt(BooleanQuery query, Func<BooleanClause, Query?> clauseQuery)
        {
            var rebuilt = new WindowedBooleanQuery(query.CoordDisabled) { Boost = query.Boost, MinimumNumberShouldMatch = query.MinimumNumberShouldMatch };
            foreach (var clause in query.Clauses)
            {
                if (clauseQuery(clause) is { } kept)
                {
                    rebuilt.Add(kept, clause.Occur);
                }
            }
            return rebuilt;
        }

        /// <summary>
        /// A run of two or more Han characters, looked up in the fields a query names by default,
        /// without the word field: the bigram field's phrase finds those characters wherever they
        /// stand, however the text was segmented, which is every place the words could match.
        /// Reading the words too cost a phrase of positions (供应链 is 供应 链 to ICU) and found
        /// nothing more. One character stays in both fields: inside a longer run of text it
        /// makes no bigram of its own: the word field finds it there, or, with <c>characters</c>, the bigram
        /// field's grams that start with it (<see cref="WithGluedWords"/>).
        /// </summary>
        private static Query WithoutNeedlessWords(string? field, string queryText, Query query)
        {
            if (field is not null || query is not BooleanQuery fields || queryText.Length < 2 || !queryText.All(WordTokenizer.IsHan))
            {
                return query;
            }
            return Rebuilt(fields, clause => FieldOf(clause.Query) != IndexFields.Body ? clause.Query : null);
        }

        private static string? FieldOf(Query query) => query switch
        {
            TermQuery term => term.Term.Field,
            PhraseQuery phrase when phrase.GetTerms().Length > 0 => phrase.GetTerms()[0].Field,
            MultiPhraseQuery phrase => phrase.GetTermArrays().FirstOrDefault()?.FirstOrDefault()?.Field,
            BooleanQuery synonyms when synonyms.Clauses.Count > 0 => FieldOf(synonyms.Clauses[0].Query),
            _ => null,
        };

        private static WindowedBooleanQuery ConceptQuery(string conceptId)
        {
            var term = ConceptRules.Term(conceptId);
            var query = new WindowedBooleanQuery();
            foreach (var (field, boost) in Boosts)
            {
                query.Add(new TermQuery(new Lucene.Net.Index.Term(field, term)) { Boost = boost }, Occur.SHOULD);
            }
            return query;
        }
    }

    /// <summary>The query as an error line quotes it: a long one is cut, so the line stays a line.</summary>
    private static string Shown(string query) => query.Length <= ShownLength ? query : string.Concat(query.AsSpan(0, ShownLength), "…");

    private static string Describe(ParseException e) =>
        e.InnerException is BooleanQuery.TooManyClausesException
            ? $"too many terms: a query may hold at most {BooleanQuery.MaxClauseCount} words, names and expanded wildcards"
            : Describe(e.Message);

    /// <summary>
    /// Widens each entity name outside quotes and field values to the entity (named:"id"), so
    /// MP Materials also finds MP材料; an entity that is part of others also matches them, ranked
    /// below (neodymium finds NdPr); a concept's name also matches its other names (price floor
    /// finds 保底价), or is the concept's term where the index marks it. Words the analyst quoted or
    /// fielded are left as written. Here: where the query names an entity or a concept, and the
    /// clause each becomes (a concept has two: by its names, by its term).
    /// </summary>
    /// <remarks>
    /// Neither clause looks for the typed words in the text or the title as well. The entity field
    /// holds every place the extractor found the entity, under any of its names and in any script
    /// (a title is the first line of its text), and the concept's term every place any of its names
    /// stands, the typed one included: the words would find nothing more, and at 100,000 documents
    /// reading them too (phrases of bigrams for a Chinese name) took about a third of a search's
    /// time. Words that stand only inside a longer name are not found: 中国 in 中国稀土集团 names the
    /// company, not the country. And the title's words ranked a document by the language of its
    /// title: 稀土, rare in Chinese titles and in every text, outweighed ten times every other word
    /// of `日本 稀土 依赖` in the one Chinese article whose title has it.
    /// </remarks>
    private List<Widening> Widenings(string query) => entityNames is null
        ? []
        : [.. entityNames.FindIn(query).Select(n => new Widening(n.Start, n.End, EntityClause(n.EntityId)))
            .Concat(entityNames.ConceptsIn(query).Select(c => new Widening(c.Start, c.End,
                ConceptClause(query[c.Start..c.End], c.OtherNames),
                ConceptTerm(c.ConceptId),
                HighlightedConcept(query[c.Start..c.End], c.OtherNames, c.ConceptId),
                c)))
            .OrderBy(w => w.Start).ThenByDescending(w => w.End)];

    /// <summary>The widenings that apply, in order: not those the analyst quoted or fielded, nor one inside a longer name.</summary>
    private static List<Widening> Applied(string query, List<Widening> widenings)
    {
        var quoted = widenings.Count == 0 ? [] : QuotedSpans(query);
        var applied = new List<Widening>(widenings.Count);
        var at = 0;
        foreach (var widening in widenings)
        {
            var (start, end) = (widening.Start, widening.End);
            if (start < at || quoted.Any(q => start < q.End && q.Start < end) || IsFieldValue(query, start))
            {
                continue;
            }
            applied.Add(widening);
            at = end;
        }
        return applied;
    }

    /// <summary>The query with each applied widening's name replaced by the clause <paramref name="clause"/> picks.</summary>
    private static string Widened(string query, List<Widening> applied, Func<Widening, string> clause)
    {
        if (applied.Count == 0)
        {
            return query;
        }
        var widened = new StringBuilder(query.Length + 32);
        var at = 0;
        foreach (var widening in applied)
        {
            widened.Append(query, at, widening.Start - at).Append(clause(widening));
            at = widening.End;
        }
        return widened.Append(query, at, query.Length - at).ToString();
    }

    /// <summary>Where a name stands and its clauses: by its names; for a concept, by its term, and what highlighting looks for.</summary>
    private readonly record struct Widening(int Start, int End, string ByNames, string? ByConceptTerm = null, string? Highlighted = null,
        ConceptOccurrence? Concept = null);

    private string EntityClause(string entityId)
    {
        var clause = new StringBuilder().Append('(').Append(IndexFields.NamedEntity).Append(":\"").Append(entityId).Append('"');
        foreach (var whole in entityNames!.WholesOf(entityId))
        {
            clause.Append(" OR ").Append(EntityTerm(whole)).Append('^').Append(WholeBoost);
        }
        return clause.Append(')').ToString();
    }

    /// <summary>Every name of the concept, in one order whichever of them was typed, so two names of it make the same clause.</summary>
    private static string ConceptClause(string words, IReadOnlyList<string> otherNames) =>
        AnyOf(otherNames.Prepend(words).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).Select(Term));

    private static string ConceptTerm(string conceptId) => $"{IndexFields.Concept}:\"{conceptId}\"";

    /// <summary>
    /// What highlighting looks for where the index marks the concept: its term, which the index
    /// added only where a name stands in one of its forms (<see cref="ConceptWordForms"/>), in place
    /// of its Latin names, whose stems would also mark words that share them (according for accord);
    /// and its Chinese names, which are found character for character.
    /// </summary>
    private static string HighlightedConcept(string words, IReadOnlyList<string> otherNames, string conceptId)
    {
        var chinese = otherNames.Prepend(words).Where(n => BigramAnalyzer.MakesGrams(n)).Order(StringComparer.Ordinal).Select(Term);
        return AnyOf(chinese.Prepend(ConceptTerm(conceptId)));
    }

    private static string AnyOf(IEnumerable<string> clauses) => $"({string.Join(" OR ", clauses)})";

    private static string EntityTerm(string entityId) => $"{IndexFields.Entity}:\"{entityId}\"";

    /// <summary>A name as one query term: a phrase when it has spaces or query syntax in it.</summary>
    private static string Term(string words) =>
        words.All(c => char.IsLetterOrDigit(c)) ? words : $"\"{words.Replace("\"", string.Empty, StringComparison.Ordinal)}\"";

    private static List<(int Start, int End)> QuotedSpans(string query)
    {
        var spans = new List<(int, int)>();
        for (var open = query.IndexOf('"'); open >= 0;)
        {
            var close = query.IndexOf('"', open + 1);
            spans.Add((open, close < 0 ? query.Length : close + 1));
            open = close < 0 ? -1 : query.IndexOf('"', close + 1);
        }
        return spans;
    }

    /// <summary>Whether the word at <paramref name="start"/> is the value of field:value.</summary>
    private static bool IsFieldValue(string query, int start) => start > 0 && query[start - 1] == ':';

    /// <summary>The parser's message told in a line: what it met, and at which column.</summary>
    private static string Describe(string message)
    {
        var firstLine = message.Split('\n')[0];
        var column = ColumnPattern().Match(firstLine);
        var where = column.Success ? $" at column {column.Groups[1].Value}" : string.Empty;
        if (firstLine.Contains("<EOF>", StringComparison.Ordinal))
        {
            return $"the query ends too soon{where} (an unclosed bracket or quote, or a dangling operator?)";
        }
        // Encountered " <OR> "OR "" at line 1, column 6.  ->  OR
        var found = FoundPattern().Match(firstLine);
        var token = found.Success ? QuotedPattern().Match(found.Groups[1].Value) : Match.Empty;
        return token.Success ? $"unexpected '{token.Groups[1].Value.Trim()}'{where}" : $"not valid query syntax{where}";
    }

    [GeneratedRegex(@"column (\d+)")]
    private static partial Regex ColumnPattern();

    [GeneratedRegex(@"Encountered ""(.*)"" at line")]
    private static partial Regex FoundPattern();

    [GeneratedRegex(@"""([^""]+)""")]
    private static partial Regex QuotedPattern();
}
