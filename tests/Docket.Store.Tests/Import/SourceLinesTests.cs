using System.Text;
using Docket.Store.Import;

namespace Docket.Store.Tests.Import;

/// <summary>A file's lines as the notes reader numbers them: what a stored meeting's notes and its items' lines rest on.</summary>
public sealed class SourceLinesTests
{
    [Fact]
    public void Slice_LinesEndingInLfCrLfOrALoneCr_AreCountedAsTheReaderCountsThem()
    {
        var lines = SourceLines.Of(Encoding.UTF8.GetBytes("\uFEFFa\r\nb\rc\nd"));

        Assert.Equal(4, lines.Count);
        Assert.Equal("b\nc", lines.Slice(2, 3));
        Assert.Equal("a\nb\nc\nd", lines.Slice(0, 9));
    }

    [Fact]
    public void Slice_UnicodeSeparatorsAndFormFeeds_StayInsideTheirLine()
    {
        var lines = SourceLines.Of(Encoding.UTF8.GetBytes("one\u2028still\u2029one\fyes\u0085\ntwo\n"));

        Assert.Equal(3, lines.Count);
        Assert.Equal("two", lines.Slice(2, 2));
        Assert.Equal("", lines.Slice(3, 3));
    }

    [Fact]
    public void Slice_PastTheEndOrBackwards_IsEmpty()
    {
        var lines = SourceLines.Of("x\ny"u8);

        Assert.Equal("", lines.Slice(3, 5));
        Assert.Equal("", lines.Slice(2, 1));
    }
}
