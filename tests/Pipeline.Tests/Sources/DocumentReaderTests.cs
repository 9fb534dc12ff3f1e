using System.Text;
using Pipeline.Sources;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Pipeline.Tests.Infrastructure;
using Pipeline.Text;

namespace Pipeline.Tests.Sources;

public sealed class DocumentReaderTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>China widens rare-earth controls | Pipeline Markets</title>
          <meta property="og:title" content="China widens rare-earth controls">
          <meta name="date" content="2025-10-10">
          <script>var tracking = "SCRIPT TEXT";</script>
          <style>.x { color: red }</style>
        </head><body>
          <div id="cookie-banner" class="cookie-banner"><p>We use cookies to personalise content and ads.</p></div>
          <header class="site-header"><a href="/">Pipeline Markets</a>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/markets">Markets</a></li></ul></nav>
          </header>
          <div class="breadcrumbs"><a href="/">Home</a> &rsaquo; Commodities</div>
          <main>
            <article>
              <h1>China widens rare-earth controls</h1>
              <div class="share-bar"><a href="#">Share on X</a></div>
              <p>China has widened its export controls
                 on rare earths &mdash; to five more elements.</p>
              <p>The rules &amp; the 0.1% threshold<br>take effect on December&nbsp;1.</p>
              <p>中國商務部
                 發布公告。</p>
            </article>
            <aside class="related"><h3>Related stories</h3><p>Western magnet stocks rally</p></aside>
          </main>
          <footer><p>&copy; 2025 Pipeline Markets. All rights reserved.</p></footer>
          <script src="/site.js"></script>
        </body></html>
        """;

    [Fact]
    public void Html_gives_the_article_text_without_boilerplate()
    {
        var source = DocumentReader.Read("page.html", Encoding.UTF8.GetBytes(Page));

        Assert.Equal(
            "China widens rare-earth controls\n\n"
            + "China has widened its export controls on rare earths \u2014 to five more elements.\n\n"
            + "The rules & the 0.1% threshold\n\ntake effect on December\u00A01.\n\n"
            + "中國商務部發布公告。",
            source.Text);
        foreach (var boilerplate in new[] { "SCRIPT TEXT", "cookies", "Home", "Share", "Related", "magnet stocks", "rights reserved", "color" })
        {
            Assert.DoesNotContain(boilerplate, source.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Html_title_and_date_come_from_the_meta_tags()
    {
        var source = DocumentReader.Read("page.htm", Encoding.UTF8.GetBytes(Page));

        Assert.Equal("China widens rare-earth controls", source.Title);
        Assert.Equal(new DateOnly(2025, 10, 10), source.PublishedOn);
    }

    [Fact]
    public void Html_without_meta_takes_the_title_tag_and_a_time_element()
    {
        const string html = """
            <html><head><title>Lynas ships terbium</title></head><body>
            <div class="menu">Home | News</div>
            <div class="content">
              <p>Published <time datetime="2025-06-30T23:30:00-05:00">June 30</time></p>
              <p>Lynas Rare Earths said it had produced its first terbium oxide in Malaysia.</p>
              <p>The company expects small volumes at first, measured in tonnes.</p>
            </div></body></html>
            """;
        var source = DocumentReader.Read("x.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal("Lynas ships terbium", source.Title);
        Assert.Equal(new DateOnly(2025, 6, 30), source.PublishedOn);
        Assert.StartsWith("Published June 30\n\nLynas Rare Earths said", source.Text);
        Assert.DoesNotContain("Home", source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_container_of_the_article_is_kept_whatever_its_class_says()
    {
        const string html = """
            <html><body><div class="page has-comments"><article><p>MP Materials will build a second magnet plant.</p></article>
            <div class="comments"><p>First!</p></div></div></body></html>
            """;
        var source = DocumentReader.Read("x.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal("MP Materials will build a second magnet plant.", source.Text);
    }

    [Fact]
    public void Html_in_big5_declared_by_a_meta_tag_is_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string html = "<html><head><meta charset=\"big5\"><title>稀土</title></head><body><article><p>美國國防部以4億美元優先股投資成為最大股東。</p></article></body></html>";
        var source = DocumentReader.Read("big5.html", Encoding.GetEncoding("big5").GetBytes(html));

        Assert.Equal("美國國防部以4億美元優先股投資成為最大股東。", source.Text);
    }

    [Fact]
    public void Corpus_html_page_reads_as_its_article()
    {
        var path = CorpusFile("en_07_china-october-rare-earth-rules.html");
        var source = DocumentReader.Read(path, File.ReadAllBytes(path));

        Assert.Equal("China extends rare-earth controls to foreign-made goods with 0.1% rule", source.Title);
        Assert.Equal(new DateOnly(2025, 10, 10), source.PublishedOn);
        Assert.Contains("The Ministry of Commerce set out the rules on October 9, 2025", source.Text);
        Assert.Contains("a $150 million Pentagon loan", source.Text);
        foreach (var boilerplate in new[] { "cookies", "Subscribe", "Related stories", "Advertisement", "Commodities Brief", "Terms of use", "dataLayer", "Share on" })
        {
            Assert.DoesNotContain(boilerplate, source.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pdf_text_layer_is_extracted_and_rejoined()
    {
        var pdf = BuildPdf("Lynas profile",
        [
            ["Lynas profile", "Published: 2025-08-28", "Lynas Rare Earths is the largest producer of separated rare earths outside", "China, and for most of the past decade it was effectively the only one of any size in", "the market for magnet makers in Japan and Europe."],
            ["Operations", "The chain begins at Mount Weld, a high-grade deposit near Laverton in Western", "Australia, where ore is mined and concentrated before it is shipped to Malaysia."],
        ]);
        var source = DocumentReader.Read("profile.pdf", pdf);

        Assert.Equal(
            "Lynas profile\n\nPublished: 2025-08-28\n\n"
            + "Lynas Rare Earths is the largest producer of separated rare earths outside China, and for most of the past decade it was effectively the only one of any size in the market for magnet makers in Japan and Europe.\n\n"
            + "Operations\n\n"
            + "The chain begins at Mount Weld, a high-grade deposit near Laverton in Western Australia, where ore is mined and concentrated before it is shipped to Malaysia.",
            source.Text);
        Assert.Equal("Lynas profile", source.Title);
        Assert.Equal(new DateOnly(2025, 8, 28), source.PublishedOn);
    }

    [Fact]
    public void Pdf_without_document_title_takes_its_first_line()
    {
        var source = DocumentReader.Read("untitled.pdf", BuildPdf(null, [["Heavy rare earths outside China", "Terbium followed in June."]]));
        Assert.Equal("Heavy rare earths outside China", source.Title);
    }

    [Fact]
    public void Corpus_pdf_reads_with_its_title_and_rejoined_lines()
    {
        var path = CorpusFile("en_08_lynas-company-profile.pdf");
        var source = DocumentReader.Read(path, File.ReadAllBytes(path));

        Assert.Equal("Company profile: Lynas, the separator outside China", source.Title);
        Assert.Equal(new DateOnly(2025, 8, 28), source.PublishedOn);
        Assert.Contains("a Pentagon price floor of $110 per kilogram for NdPr oxide", source.Text);
        Assert.Contains("nearly 70% of world mine production in 2024", source.Text);
    }

    [Fact]
    public void Pdf_without_text_fails_as_having_no_text_layer()
    {
        using var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(50, 50), 200, 100);
        var error = Assert.Throws<SourceReadException>(() => DocumentReader.Read("scan.pdf", builder.Build()));
        Assert.Equal("PDF has no text layer (scanned image?)", error.Message);
    }

    [Fact]
    public void Corrupt_pdf_fails_cleanly()
    {
        var pdf = BuildPdf("Title", [["Some text on a page."]]);
        var truncated = pdf[..(pdf.Length / 3)];
        byte[] garbage = [.. "%PDF-1.7\n"u8, .. new byte[] { 0x01, 0x02, 0xFF, 0x00, 0x37 }];

        foreach (var bytes in new[] { truncated, garbage })
        {
            var error = Assert.Throws<SourceReadException>(() => DocumentReader.Read("broken.pdf", bytes));
            Assert.StartsWith("not a readable PDF", error.Message);
        }
    }

    [Fact]
    public void Markup_in_a_txt_file_stays_literal()
    {
        const string text = "How to embed a chart: put <script>draw()</script> in the page.";
        Assert.Equal(text, DocumentReader.Read("note.txt", Encoding.UTF8.GetBytes(text)).Text);
    }

    [Theory]
    [InlineData("# Rare earths by the numbers\n\n*Published: 2025-05-06 | Explainer*\n\nBody.", "Rare earths by the numbers", "2025-05-06")]
    [InlineData("Pentagon becomes top shareholder in MP Materials\nPublished: 2025-07-10\nBy staff\n\nBody text.", "Pentagon becomes top shareholder in MP Materials", "2025-07-10")]
    [InlineData("Apple commits US$500m to MP Materials\nJuly 15, 2025\n\nBody text.", "Apple commits US$500m to MP Materials", "2025-07-15")]
    [InlineData("Beijing puts rules on hold\nOct. 10, 2025\n\nBody text.", "Beijing puts rules on hold", "2025-10-10")]
    [InlineData("暫停公告發布\n2025年11月7日18點,中國商務部、海關總署公告。", "暫停公告發布", "2025-11-07")]
    [InlineData("距離稀土出口管制措施生效僅剩6個小時,暫停公告發布了。\n正文。", null, null)]
    public void Text_title_and_date_come_from_the_first_lines(string text, string? title, string? date)
    {
        var source = DocumentReader.Read("article.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal(title, source.Title);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), source.PublishedOn);
    }

    [Fact]
    public void Traditional_seed_reads_unchanged_in_script_and_with_its_date()
    {
        var path = SeedCorpus.PathOf("004");
        var source = DocumentReader.Read(path, File.ReadAllBytes(path));

        Assert.StartsWith("距離稀土出口管制措施生效僅剩6個小時,暫停公告發布了。\n\n2025年11月7日18點", source.Text);
        Assert.Null(source.Title);
        Assert.Equal(new DateOnly(2025, 11, 7), source.PublishedOn);
    }

    [Theory]
    [InlineData("report.docx")]
    [InlineData("scan.PNG")]
    public void Unsupported_file_types_are_rejected_by_name(string name)
    {
        var error = Assert.Throws<SourceReadException>(() => DocumentReader.Read(name, [0x50, 0x4B, 0x03, 0x04]));
        Assert.Equal("unsupported file type " + Path.GetExtension(name).ToLowerInvariant(), error.Message);
    }

    [Fact]
    public void Empty_file_is_rejected()
    {
        var error = Assert.Throws<SourceReadException>(() => DocumentReader.Read("empty.txt", []));
        Assert.Equal("empty file", error.Message);
    }

    [Fact]
    public void Binary_file_with_a_text_extension_is_rejected()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01];
        var error = Assert.Throws<SourceReadException>(() => DocumentReader.Read("image.txt", bytes));
        Assert.Equal("binary content, not text", error.Message);
    }

    private static string CorpusFile(string name) => Path.Combine(SeedCorpus.Folder, name);

    /// <summary>A PDF with one page per entry, each line of text in Helvetica 10pt, 14pt apart.</summary>
    private static byte[] BuildPdf(string? title, string[][] pages)
    {
        using var builder = new PdfDocumentBuilder();
        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            foreach (var line in lines)
            {
                page.AddText(line, 10, new PdfPoint(50, y), font);
                y -= 14;
            }
        }
        return builder.Build();
    }
}
