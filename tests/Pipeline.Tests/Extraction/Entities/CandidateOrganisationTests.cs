namespace Pipeline.Tests.Extraction.Entities;

public sealed class CandidateOrganisationTests
{
    [Theory]
    [InlineData("据中国有色金属工业协会统计", "中国有色金属工业协会", "candidate:中国有色金属工业协会")]
    [InlineData("據中國有色金屬工業協會統計", "中國有色金屬工業協會", "candidate:中国有色金属工业协会")]
    [InlineData("由江西金世纪稀土有限公司生产", "江西金世纪稀土有限公司", "candidate:江西金世纪稀土有限公司")]
    [InlineData("Ucore Rare Metals said", "Ucore Rare Metals", "candidate:ucore rare metals")]
    [InlineData("shares of Rainbow Rare Earths Ltd rose", "Rainbow Rare Earths Ltd", "candidate:rainbow rare earths ltd")]
    [InlineData("Hyproof Technologies Inc. announced", "Hyproof Technologies Inc.", "candidate:hyproof technologies inc.")]
    [InlineData("Texas Mineral Resources holds", "Texas Mineral Resources", "candidate:texas mineral resources")]
    public void Unknown_organisations_are_unverified_candidates(string text, string surface, string id)
    {
        var candidate = Assert.Single(RepositoryLexicon.Extract(text), m => !m.Verified);

        Assert.Equal(surface, candidate.Surface);
        Assert.Equal(id, candidate.EntityId);
    }

    [Fact]
    public void Organisation_endings_give_organisations_and_company_endings_companies()
    {
        var mentions = RepositoryLexicon.Extract("有色金属工业协会与赣锋锂业集团");

        Assert.Equal([Pipeline.Extraction.EntityKind.Organisation, Pipeline.Extraction.EntityKind.Company], mentions.Select(m => m.EntityKind!.Value));
    }

    [Theory]
    [InlineData("外国公司若使用中国源稀土")]
    [InlineData("六大稀土集团组建完成")]
    [InlineData("其子公司广东稀土集团")]
    [InlineData("美国稀土公司股价跟涨")]
    [InlineData("the Critical Raw Materials Act")]
    [InlineData("Heavy Rare Earths are scarce")]
    [InlineData("The Materials we buy")]
    public void Descriptions_are_not_candidates(string text)
    {
        Assert.DoesNotContain(RepositoryLexicon.Extract(text), m => !m.Verified);
    }

    [Theory]
    [InlineData("中国稀土集团资源科技股份有限公司联系采访")]
    [InlineData("通用汽车公司成立麦格昆磁公司")]
    [InlineData("Lynas Rare Earths Ltd said")]
    [InlineData("Neo Performance Materials opened")]
    public void Known_organisations_are_never_candidates(string text)
    {
        var mentions = RepositoryLexicon.Extract(text);

        Assert.All(mentions, m => Assert.True(m.Verified, m.Surface));
    }

    [Fact]
    public void Candidates_never_overlap_lexicon_mentions()
    {
        var mentions = RepositoryLexicon.Extract("美国锑业公司与Ucore Rare Metals及中国有色金属工业协会和Lynas Rare Earths合作");

        for (var i = 1; i < mentions.Count; i++)
        {
            Assert.True(mentions[i - 1].End <= mentions[i].Start, $"{mentions[i - 1].Surface} overlaps {mentions[i].Surface}");
        }
        Assert.Equal(2, mentions.Count(m => !m.Verified));
    }
}
