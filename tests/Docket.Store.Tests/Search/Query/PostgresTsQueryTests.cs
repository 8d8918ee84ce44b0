using Docket.Store.Search.Query;

namespace Docket.Store.Tests.Search.Query;

public sealed class PostgresTsQueryTests
{
    [Theory]
    // Every word is a single-quoted lexeme.
    [InlineData("deploy", "'deploy'")]
    // A phrase is lexemes joined by <->, parenthesised.
    [InlineData("gcp-builds", "('gcp' <-> 'builds')")]
    // A prefix is :* after the lexeme.
    [InlineData("deploy*", "'deploy':*")]
    // A phrase prefix marks only the last lexeme.
    [InlineData("\"release note\"*", "('release' <-> 'note':*)")]
    // Alternatives with |, clauses with &.
    [InlineData("a OR b c", "('a' | 'b') & 'c'")]
    // Exclusions are & ! with the whole phrase negated.
    [InlineData("deploy -secret -\"gcp builds\"", "'deploy' & !'secret' & !('gcp' <-> 'builds')")]
    // A reference becomes the phrase of its parts.
    [InlineData("private#48", "('private' <-> '48')")]
    // tsquery operators typed by the user are punctuation and vanish.
    [InlineData("a & b | !c <-> d:*", "'a' & 'b' & 'c' & 'd'")]
    // An apostrophe splits words, as the PostgreSQL parser does; no quote reaches a lexeme.
    [InlineData("don't", "('don' <-> 't')")]
    // A backslash is punctuation too.
    [InlineData("a\\b", "('a' <-> 'b')")]
    // Filters never reach the tsquery.
    [InlineData("deploy who:bob", "'deploy'")]
    // The example in the XML doc of From.
    [InlineData("deploy gcp-builds OR rel* -secret", "'deploy' & (('gcp' <-> 'builds') | 'rel':*) & !'secret'")]
    public void From_Query_GivesTsQueryText(string input, string expected)
    {
        var query = SearchQueryParser.Parse(input).Query!;

        Assert.Equal(expected, PostgresTsQuery.From(query));
    }

    [Theory]
    // A plain word.
    [InlineData("deploy", "'deploy'")]
    // A single quote is doubled.
    [InlineData("a'b", "'a''b'")]
    // A backslash is escaped.
    [InlineData("a\\b", "'a\\\\b'")]
    // Both, where an unescaped backslash would swallow the closing quote.
    [InlineData("\\'", "'\\\\'''")]
    // Operators inside a lexeme are text.
    [InlineData("a & !b:*", "'a & !b:*'")]
    public void Quote_Word_GivesLexeme(string word, string expected)
    {
        Assert.Equal(expected, PostgresTsQuery.Quote(word));
    }

    [Fact]
    public void From_FiltersOnly_Throws()
    {
        var query = SearchQueryParser.Parse("kind:decision").Query!;

        Assert.Throws<ArgumentException>(() => PostgresTsQuery.From(query));
    }
}
