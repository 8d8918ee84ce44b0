using System.Text;

namespace Docket.Store.Import;

/// <summary>
/// A file's text and where each of its lines starts, numbered as the notes reader numbers them:
/// <c>\n</c>, <c>\r\n</c> and a lone <c>\r</c> each end a line, and nothing else does (not U+2028,
/// nor a form feed), so a line an item names is the line here. One copy of the text for the whole
/// file: a meeting's notes are cut from it, not joined again from a string per line.
/// </summary>
internal sealed class SourceLines
{
    private readonly string _text;
    private readonly int[] _starts;

    private SourceLines(string text, int[] starts)
    {
        _text = text;
        _starts = starts;
    }

    /// <summary>How many lines the file has (text after the last line end is one more, even when empty).</summary>
    public int Count => _starts.Length;

    public static SourceLines Of(ReadOnlySpan<byte> content)
    {
        var text = Encoding.UTF8.GetString(content);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        var starts = new List<int>(text.Length / 32 + 1) { 0 };
        for (var at = text.IndexOf('\n', StringComparison.Ordinal); at >= 0; at = text.IndexOf('\n', at + 1))
        {
            starts.Add(at + 1);
        }

        return new SourceLines(text, [.. starts]);
    }

    /// <summary>Lines <paramref name="from"/> to <paramref name="to"/>, 1-based and inclusive, clamped to the file, joined by <c>\n</c>.</summary>
    public string Slice(int from, int to)
    {
        from = Math.Max(from, 1);
        to = Math.Min(to, Count);
        if (from > to)
        {
            return "";
        }

        var start = _starts[from - 1];
        var end = to < Count ? _starts[to] - 1 : _text.Length;
        return _text.Substring(start, end - start);
    }
}
