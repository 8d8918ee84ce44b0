using Docket.Notes.Dates;

namespace Docket.Notes.Tests.Dates;

public sealed class CoarsePatternTests
{
    [Theory]
    [InlineData("(?<![a-z])abc", "abc")] // negative lookbehind removed
    [InlineData("abc(?![0-9])", "abc")] // negative lookahead removed
    [InlineData("a(?![0-9]|[./][0-9])b", "ab")] // alternation inside the lookaround goes with it
    [InlineData("a(?!(?:x|y)z)b", "ab")] // nested groups inside the lookaround
    [InlineData("a(?![)(])b", "ab")] // brackets inside a character class do not count as groups
    [InlineData("a\\(?!b", "a\\(?!b")] // an escaped bracket starts no group
    [InlineData("(?<name>a)(?=b)", "(?<name>a)(?=b)")] // named groups and positive lookaheads stay
    [InlineData("[(?!]x", "[(?!]x")] // a class that looks like a lookaround stays
    public void WithoutNegativeLookarounds_Pattern_RemovesOnlyNegativeLookarounds(string pattern, string expected)
    {
        Assert.Equal(expected, CoarsePattern.WithoutNegativeLookarounds(pattern));
    }
}
