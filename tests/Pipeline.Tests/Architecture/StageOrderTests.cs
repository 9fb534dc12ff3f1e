using NetArchTest.Rules;
using Pipeline.Index;

namespace Pipeline.Tests.Architecture;

/// <summary>
/// Data flows one way through the engine's stages: a stage may use the ones before it, never one after.
/// Read from the compiled IL, so a fully qualified name counts as much as a using directive.
/// </summary>
public sealed class StageOrderTests
{
    /// <summary>The stages in the order text flows through them.</summary>
    public static readonly string[] Stages =
    [
        "Pipeline.Text",
        "Pipeline.Sources",
        "Pipeline.Index",
        "Pipeline.Extraction",
        "Pipeline.Claims",
        "Pipeline.CrossCheck",
        "Pipeline.Storage",
        "Pipeline.Review",
        "Pipeline.Ingestion",
        "Pipeline.Llm",
        "Pipeline.Jobs",
    ];

    public static TheoryData<string> EveryStage => [.. Stages];

    [Theory]
    [MemberData(nameof(EveryStage))]
    public void A_stage_uses_no_later_stage(string stage)
    {
        var later = Stages.SkipWhile(s => s != stage).Skip(1).ToArray();

        var result = Types.InAssembly(typeof(DocumentIndex).Assembly)
            .That().ResideInNamespace(stage)
            .ShouldNot().HaveDependencyOnAny(later)
            .GetResult();

        Assert.True(result.IsSuccessful, $"{stage} uses a later stage in: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    [Fact]
    public void Every_namespace_of_the_engine_is_a_stage_or_inside_one()
    {
        var namespaces = typeof(DocumentIndex).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith("Pipeline.", StringComparison.Ordinal))
            .Distinct();

        Assert.All(namespaces, n => Assert.Contains(Stages, s => n == s || n!.StartsWith(s + ".", StringComparison.Ordinal)));
    }
}
