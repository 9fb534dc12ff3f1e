using Pipeline.Sources;
using Pipeline.Tests.Infrastructure;

namespace Pipeline.Tests.Sources;

public sealed class SourceFilesTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public void Directory_is_walked_recursively_for_supported_files_in_ordinal_order()
    {
        var b = _folder.Write("b.txt");
        var a = _folder.Write("A.md");
        var nested = _folder.Write("sub/deeper/page.HTML");
        var pdf = _folder.Write("sub/report.pdf");
        var htm = _folder.Write("sub/z.htm");
        _folder.Write("notes.docx");
        _folder.Write("image.png");
        _folder.Write("data.json");

        var files = SourceFiles.Expand([_folder.Path]).ToList();

        Assert.Equal([a, b, nested, pdf, htm], files);
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
    }

    [Fact]
    public void Hidden_files_and_folders_and_readmes_are_skipped_in_a_walk()
    {
        var kept = _folder.Write("article.txt");
        _folder.Write(".hidden.txt");
        _folder.Write(".git/notes.md");
        _folder.Write("drafts/.cache/page.html");
        _folder.Write("README.md");

        Assert.Equal([kept], SourceFiles.Expand([_folder.Path]));
    }

    [Fact]
    public void File_named_explicitly_is_included_whatever_its_extension()
    {
        var docx = _folder.Write("notes.docx");
        var hidden = _folder.Write(".hidden.txt");
        var readme = _folder.Write("README.md");

        Assert.Equal([hidden, readme, docx], SourceFiles.Expand([docx, hidden, readme]));
    }

    [Fact]
    public void Paths_come_back_full_and_once()
    {
        var article = _folder.Write("article.txt");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, article);

        Assert.Equal([article], SourceFiles.Expand([relative, _folder.Path, article]));
    }

    [Theory]
    [InlineData(".txt")]
    [InlineData(".MD")]
    [InlineData(".Html")]
    [InlineData(".htm")]
    [InlineData(".pdf")]
    public void Extensions_are_matched_ignoring_case(string extension)
    {
        Assert.Contains(extension, SourceFiles.Extensions);
    }

    public void Dispose() => _folder.Dispose();
}
