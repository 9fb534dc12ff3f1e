using Lucene.Net.Analysis;

namespace Pipeline.Index;

/// <summary>
/// The index-time analyzer: each field analyzed as queries analyze it, with the concepts its
/// tokens name marked (<see cref="ConceptTokenFilter"/>). Queries and highlighting keep the
/// unmarked analyzers: a query names a concept through <see cref="SearchQueryParser"/>, not through its tokens.
/// </summary>
internal sealed class ConceptMarkingAnalyzer(Analyzer perField, IReadOnlyDictionary<string, ConceptRules> rulesByField)
    : AnalyzerWrapper(PER_FIELD_REUSE_STRATEGY)
{
    protected override Analyzer GetWrappedAnalyzer(string fieldName) => perField;

    protected override TokenStreamComponents WrapComponents(string fieldName, TokenStreamComponents components) =>
        rulesByField.TryGetValue(fieldName, out var rules) && !rules.IsEmpty
            ? new TokenStreamComponents(components.Tokenizer, new ConceptTokenFilter(components.TokenStream, rules))
            : components;
}
