using Pipeline.App.Evaluation;
using Pipeline.Extraction.Values;

namespace Pipeline.Tests.Extraction.Values;

public sealed class RecognizersEvaluatorTests
{
    private static readonly RecognizersEvaluator Evaluator = new(new ValueExtractor(Values.Units), Values.Units.CurrencyCodes, includeFlagged: false);

    [Fact]
    public void A_case_passes_on_the_same_text_and_value_in_the_expected_unit()
    {
        var report = Evaluator.Evaluate("t", SpecModel.Dimension,
        [
            new SpecCase("the javadi hills are located about 17 km from ambur.", [new SpecResult("17 km", "17", "Kilometer", null)], null),
            new SpecCase("and this baby is over two pounds.", [new SpecResult("two pounds", "2", "Pound", null)], null),
        ]);
        Assert.Equal(2, report.Passed);
    }

    [Fact]
    public void A_wrong_value_or_an_extra_mention_fails()
    {
        var report = Evaluator.Evaluate("t", SpecModel.Currency,
        [
            new SpecCase("it cost $ 5 million .", [new SpecResult("$ 5 million", "5000", "Dollar", null)], null),
            new SpecCase("I have 50 dollars", [], null),
        ]);
        Assert.Equal(0, report.Passed);
        Assert.Equal(2, report.Failures.Count);
    }

    [Fact]
    public void Unmodelled_units_and_flagged_cases_are_counted_out_of_scope_with_a_reason()
    {
        var report = Evaluator.Evaluate("t", SpecModel.Dimension,
        [
            new SpecCase("a 10-gallon water cooler", [new SpecResult("10-gallon", "10", "Gallon", null)], null),
            new SpecCase("rotate 90 degrees", [new SpecResult("90 degrees", "90", "Degree", null)], "java, javascript, python"),
        ]);
        Assert.Equal(0, report.InScope);
        Assert.Equal(1, report.OutOfScope["volume units"]);
        Assert.Equal(1, report.OutOfScope["flagged NotSupported"]);
    }
}
