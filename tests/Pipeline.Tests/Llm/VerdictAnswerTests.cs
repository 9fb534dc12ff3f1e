using Pipeline.Llm;

namespace Pipeline.Tests.Llm;

public sealed class VerdictAnswerTests
{
    [Fact]
    public void A_valid_answer_is_read_and_a_code_fence_around_it_is_taken_off()
    {
        const string Json = """{"sameFact": false, "disagree": false, "cause": "different-period", "explanation": " 2023 against 2024. ", "confidence": 0.7}""";

        var plain = VerdictAnswer.Parse(Json, out var error);
        var fenced = VerdictAnswer.Parse($"```json\n{Json}\n```", out _);

        Assert.Null(error);
        Assert.Equal(new VerdictAnswer(false, false, "different-period", "2023 against 2024.", 0.7), plain);
        Assert.Equal(plain, fenced);
    }

    [Theory]
    [InlineData("", "not JSON")]
    [InlineData("[1]", "not a JSON object")]
    [InlineData("""{"sameFact": true, "disagree": true, "cause": "unit-confusion", "explanation": "x"}""", "missing field 'confidence'")]
    [InlineData("""{"sameFact": true, "disagree": true, "cause": "unit-confusion", "explanation": "x", "confidence": 1, "extra": 1}""", "unexpected field 'extra'")]
    [InlineData("""{"sameFact": "yes", "disagree": true, "cause": "unit-confusion", "explanation": "x", "confidence": 1}""", "true or false")]
    [InlineData("""{"sameFact": true, "disagree": true, "cause": "Unit confusion", "explanation": "x", "confidence": 1}""", "cause must be one of")]
    [InlineData("""{"sameFact": true, "disagree": true, "cause": "unit-confusion", "explanation": " ", "confidence": 1}""", "explanation")]
    [InlineData("""{"sameFact": true, "disagree": true, "cause": "unit-confusion", "explanation": "x", "confidence": "high"}""", "confidence")]
    [InlineData("""{"sameFact": true, "disagree": true, "cause": "unit-confusion", "explanation": "x", "confidence": -0.1}""", "confidence")]
    public void An_invalid_answer_is_refused_with_why(string text, string expected)
    {
        Assert.Null(VerdictAnswer.Parse(text, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
