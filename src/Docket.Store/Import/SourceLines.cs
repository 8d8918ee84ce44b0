using System.Text;

namespace Docket.Store.Import;

/// <summary>A file's lines, numbered as the notes reader numbers them (CR, LF and CRLF each end a line).</summary>
internal static class SourceLines
{
    public static string[] Split(ReadOnlySpan<byte> content)
    {
        var text = Encoding.UTF8.GetString(content);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        return text.ReplaceLineEndings("\n").Split('\n');
    }

    /// <summary>Lines <paramref name="from"/> to <paramref name="to"/>, 1-based and inclusive, clamped to the file.</summary>
    public static string Slice(string[] lines, int from, int to)
    {
        from = Math.Max(from, 1);
        to = Math.Min(to, lines.Length);
        return from > to ? "" : string.Join('\n', lines, from - 1, to - from + 1);
    }
}
