using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using Pipeline.Text;

namespace Pipeline.Sources;

/// <summary>
/// Writes the text of an HTML element the way a browser lays it out: block elements become
/// paragraphs ("\n\n"), and so does &lt;br&gt;; runs of whitespace become one space.
/// </summary>
internal sealed class HtmlTextWriter
{
    private static readonly FrozenSet<string> BlockTags = new[]
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
        "tr", "table", "thead", "tbody", "section", "article", "main", "header", "footer", "figure",
        "figcaption", "pre", "address", "hr", "caption", "details", "summary",
    }.ToFrozenSet();

    private readonly StringBuilder _text = new();
    private bool _pendingParagraph;
    private bool _pendingSpace;
    private bool _spaceHadNewline;

    public static string TextOf(INode root)
    {
        var writer = new HtmlTextWriter();
        writer.Write(root);
        return writer._text.ToString();
    }

    private void Write(INode node)
    {
        switch (node)
        {
            case IText text:
                WriteInline(text.Data);
                break;
            case IElement { LocalName: "br" }:
                // Pages use <br> (often two) where they mean a new paragraph.
                _pendingParagraph = true;
                break;
            case IElement { LocalName: "td" or "th" }:
                _pendingSpace = true;
                WriteChildren(node);
                _pendingSpace = true;
                break;
            case IElement element when BlockTags.Contains(element.LocalName):
                _pendingParagraph = true;
                WriteChildren(node);
                _pendingParagraph = true;
                break;
            case IElement or IDocument or IDocumentFragment:
                WriteChildren(node);
                break;
        }
    }

    private void WriteChildren(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            Write(child);
        }
    }

    private void WriteInline(string data)
    {
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                _pendingSpace = true;
                _spaceHadNewline |= c is '\n' or '\r';
                continue;
            }
            WritePending(c);
            _text.Append(c);
        }
    }

    private void WritePending(char next)
    {
        if (_text.Length > 0)
        {
            if (_pendingParagraph)
            {
                _text.Append("\n\n");
            }
            // A source line break between two CJK characters is no space (CSS segment break rules).
            else if (_pendingSpace && !(_spaceHadNewline && TextChars.IsWide(_text[^1]) && TextChars.IsWide(next)))
            {
                _text.Append(' ');
            }
        }
        _pendingParagraph = false;
        _pendingSpace = false;
        _spaceHadNewline = false;
    }
}
