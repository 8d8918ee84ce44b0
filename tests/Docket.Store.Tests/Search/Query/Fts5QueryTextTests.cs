using Docket.Store.Search.Query;

namespace Docket.Store.Tests.Search.Query;

public sealed class Fts5QueryTextTests
{
    [Theory]
    // Every word is a quoted FTS5 string, never a bare token.
    [InlineData("deploy", "\"deploy\"")]
    // A phrase is one string; FTS5 tokenizes it into adjacent words.
    [InlineData("gcp-builds", "\"gcp builds\"")]
    // The prefix star goes outside the string, where FTS5 reads it as the prefix marker.
    [InlineData("deploy*", "\"deploy\" *")]
    // A phrase prefix: FTS5 applies the star to the phrase's last word.
    [InlineData("\"release note\"*", "\"release note\" *")]
    // Clauses are joined with an explicit AND.
    [InlineData("deploy release", "\"deploy\" AND \"release\"")]
    // Alternatives are parenthesised, so AND cannot split them.
    [InlineData("a OR b c", "(\"a\" OR \"b\") AND \"c\"")]
    // One exclusion: FTS5's binary NOT.
    [InlineData("deploy -secret", "\"deploy\" NOT \"secret\"")]
    // Several inclusions and exclusions: both sides parenthesised.
    [InlineData("a b -x -\"y z\"", "(\"a\" AND \"b\") NOT (\"x\" OR \"y z\")")]
    // A reference becomes the words a tokenizer keeps of it ('#' and '/' are dropped).
    [InlineData("owner/repo#12", "\"owner repo 12\"")]
    // FTS5 operator names are quoted words.
    [InlineData("AND NOT NEAR", "\"and\" AND \"not\" AND \"near\"")]
    // An unknown prefix is words, never a column filter.
    [InlineData("body:secret", "\"body secret\"")]
    // Filters never reach MATCH.
    [InlineData("deploy who:bob kind:action since:2024-01-01", "\"deploy\"")]
    // The example in the XML doc of From.
    [InlineData("deploy gcp-builds OR rel* -secret", "(\"deploy\" AND (\"gcp builds\" OR \"rel\" *)) NOT \"secret\"")]
    public void From_Query_GivesMatchText(string input, string expected)
    {
        var query = SearchQueryParser.Parse(input).Query!;

        Assert.Equal(expected, Fts5QueryText.From(query));
    }

    [Theory]
    // An embedded double quote is doubled (words never hold one, but the quoting must not depend on that).
    [InlineData("a\"b", "\"a\"\"b\"")]
    // A string of quotes.
    [InlineData("\"\"", "\"\"\"\"\"\"")]
    // Nothing else needs escaping inside an FTS5 string.
    [InlineData("body:* NEAR(a) ^x 'y'", "\"body:* NEAR(a) ^x 'y'\"")]
    public void Quote_Text_GivesFts5String(string text, string expected)
    {
        Assert.Equal(expected, Fts5QueryText.Quote(text));
    }

    [Fact]
    public void From_FiltersOnly_Throws()
    {
        var query = SearchQueryParser.Parse("who:bob").Query!;

        Assert.Throws<ArgumentException>(() => Fts5QueryText.From(query));
    }

    [Theory]
    // A word finds rows in any column, ignoring case.
    [InlineData("DEPLOY", new[] { "weekly", "secrets" })]
    // A prefix finds longer words.
    [InlineData("deploy*", new[] { "weekly", "release", "secrets" })]
    // Punctuated words must be adjacent and in order.
    [InlineData("gcp-builds", new[] { "weekly" })]
    // Order matters in a phrase.
    [InlineData("\"builds gcp\"", new string[0])]
    // An exclusion removes rows.
    [InlineData("deploy -secret", new[] { "weekly" })]
    // Alternatives widen.
    [InlineData("deploy OR release", new[] { "weekly", "release", "secrets" })]
    // Alternatives and a required word.
    [InlineData("deploy OR release notes", new[] { "release" })]
    // A bare reference finds the issue number.
    [InlineData("#1211", new[] { "issue" })]
    // A full reference finds its parts in order.
    [InlineData("owner/repo#12", new[] { "issue" })]
    // The title column is searched too.
    [InlineData("Secrets", new[] { "secrets" })]
    // Filters do not change what MATCH finds.
    [InlineData("deploy who:bob kind:action", new[] { "weekly", "secrets" })]
    public void From_Query_FindsExpectedRows(string input, string[] expected)
    {
        using var notes = new Fts5Notes();
        var ids = new Dictionary<long, string>
        {
            [notes.Add("Weekly", "we will deploy the gcp builds today")] = "weekly",
            [notes.Add("Release", "release notes for deployment")] = "release",
            [notes.Add("Secrets", "deploy the secret keys")] = "secrets",
            [notes.Add("Issue", "fixed in #1211 and owner/repo#12")] = "issue",
        };

        var found = notes.Search(input).Select(id => ids[id]);

        Assert.Equal(expected, found);
    }
}
