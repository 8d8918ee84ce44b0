using Docket.Store.Search.Query;
using NodaTime;

namespace Docket.Store.Tests.Search.Query;

public sealed class SearchQueryParserTests
{
    public static TheoryData<string, string> ValidQueries => new()
    {
        // The simplest search: one word.
        { "deploy", "deploy" },
        // Matching ignores case, so the normal form is lowercase.
        { "Deploy", "deploy" },
        // Several words are all required; extra spaces and tabs are only separators.
        { "  deploy \t release ", "deploy release" },
        // A quoted phrase keeps its words together and in order.
        { "\"gcp builds\"", "\"gcp builds\"" },
        // Punctuation splits words the way FTS tokenizers do, so the words must stay adjacent: a phrase.
        { "gcp-builds", "\"gcp builds\"" },
        // A one-word phrase is just that word.
        { "\"Deploy\"", "deploy" },
        // An empty phrase looks for nothing and disappears.
        { "deploy \"\"", "deploy" },
        // A trailing star makes a prefix.
        { "deploy*", "deploy*" },
        // Three letters is the shortest prefix allowed.
        { "dep*", "dep*" },
        // Several stars are one prefix.
        { "deploy**", "deploy*" },
        // A star after a phrase makes its last word a prefix.
        { "\"release note\"*", "\"release note\"*" },
        // A star after punctuated words makes the last word a prefix of the phrase.
        { "gcp-bui*", "\"gcp bui\"*" },
        // A star after punctuation is punctuation, not a prefix.
        { "deploy-*", "deploy" },
        // Leading stars are punctuation.
        { "**deploy", "deploy" },
        // Uppercase OR joins alternatives.
        { "deploy OR release", "deploy OR release" },
        // OR binds tighter than the implicit AND: (a or b) and c.
        { "a OR b c", "a OR b c" },
        // OR joins phrases, prefixes and references too.
        { "a OR \"b c\" OR dep* OR #12", "a OR \"b c\" OR dep* OR #12" },
        // Lowercase "or" is an ordinary word.
        { "deploy or release", "deploy or release" },
        // A leading minus excludes a word.
        { "deploy -secret", "deploy -secret" },
        // A leading minus excludes a phrase.
        { "deploy -\"gcp builds\"", "deploy -\"gcp builds\"" },
        // The normal form lists exclusions after what is included.
        { "-secret deploy", "deploy -secret" },
        // An excluded OR is the word "or", not an operator.
        { "deploy -OR", "deploy -or" },
        // A minus followed by a space is punctuation, not an exclusion.
        { "deploy - secret", "deploy secret" },
        // A bare issue number is a reference.
        { "#1211", "#1211" },
        // A repository name before '#' is part of the reference.
        { "private#48", "private#48" },
        // owner/repo#N is a reference; it is lowercased like everything else.
        { "Owner/Repo#12", "owner/repo#12" },
        // Brackets and trailing punctuation around a reference are not part of it.
        { "(#12),", "#12" },
        // '#' inside a word is no reference: plain words.
        { "foo#12bar", "\"foo 12bar\"" },
        // Not one of our filters: plain words, never an FTS5 column filter.
        { "body:secret", "\"body secret\"" },
        // A colon with nothing after it is punctuation.
        { "deploy:", "deploy" },
        // A filter alone is a valid search (no text for MATCH).
        { "who:carol", "who:carol" },
        // The '@' before a name is dropped; the normal form puts text before filters.
        { "who:@carol deploy", "deploy who:carol" },
        // A quoted name may hold spaces; the normal form quotes it again.
        { "who:\"Carol Smith\"", "who:\"Carol Smith\"" },
        // Spaces inside a quoted name are normalized; the '@' may come after a space.
        { "who:\" @Carol   Smith \"", "who:\"Carol Smith\"" },
        // Filter names ignore case; the value keeps its case for display.
        { "WHO:Bob", "who:Bob" },
        // Repeated people collapse, ignoring case; the first spelling wins.
        { "who:bob who:BOB who:alice", "who:bob who:alice" },
        // Plural kinds are accepted.
        { "kind:actions", "kind:action" },
        // Kinds may be listed with | or , and repeated; the normal form orders them.
        { "kind:question kind:decision|Action", "kind:decision,action,question" },
        // agenda and update are kinds too.
        { "kind:updates,agenda", "kind:agenda,update" },
        // Series and a date range.
        { "series:infra since:2024-01-01 until:2024-01-31", "series:infra since:2024-01-01 until:2024-01-31" },
        // A one-day range is fine.
        { "since:2024-05-01 until:2024-05-01", "since:2024-05-01 until:2024-05-01" },
        // Filters may come in any order and between words.
        { "until:2024-05-01 deploy since:2024-01-01 release", "deploy release since:2024-01-01 until:2024-05-01" },
        // Repeated terms and alternatives collapse.
        { "deploy Deploy a OR a", "deploy a" },
        // AND, NOT and NEAR are words here, not FTS5 operators.
        { "a AND b NOT c NEAR d", "a and b not c near d" },
        // Letters of any script are words; case folds.
        { "Привет мир", "привет мир" },
        // Right-to-left scripts are words too.
        { "שלום", "שלום" },
        // A run of CJK characters is one word, as unicode61 sees it.
        { "日本語", "日本語" },
        // Combining marks stay inside their word.
        { "मंगलवार", "मंगलवार" },
        // Emoji are not words.
        { "🚀 launch", "launch" },
    };

    public static TheoryData<string, string, int> InvalidQueries => new()
    {
        // Nothing at all.
        { "", "nothing to search for: type a word, a \"phrase\" or a filter like who:alice", 1 },
        // Only whitespace.
        { "  \t ", "nothing to search for: type a word, a \"phrase\" or a filter like who:alice", 1 },
        // Only punctuation: nothing a tokenizer would index.
        { "+ ^ ( * ", "nothing to search for: type a word, a \"phrase\" or a filter like who:alice", 1 },
        // A quote that never closes, at the start.
        { "\"unbalanced", "unclosed quote starting at column 1: add a closing \"", 1 },
        // The column points at the opening quote.
        { "deploy \"gcp builds", "unclosed quote starting at column 8: add a closing \"", 8 },
        // A quoted filter value that never closes.
        { "who:\"Carol", "unclosed quote starting at column 5: add a closing \"", 5 },
        // FTS5 cannot run a query that only excludes.
        { "-secret", "add at least one word to look for: a search cannot only exclude words (the '-' at column 1)", 1 },
        // Filters do not make up for that: MATCH still could not run.
        { "who:bob -secret", "add at least one word to look for: a search cannot only exclude words (the '-' at column 9)", 9 },
        // OR first.
        { "OR deploy", "OR at column 1 has nothing before it: write a word on each side, like deploy OR release", 1 },
        // OR last.
        { "deploy OR", "OR at column 8 has nothing after it: write a word on each side, like deploy OR release", 8 },
        // OR alone.
        { "OR", "OR at column 1 has nothing before it: write a word on each side, like deploy OR release", 1 },
        // OR doubled.
        { "a OR OR b", "OR at column 6 follows another OR: put a word between them", 6 },
        // OR after punctuation that looks for nothing is still OR at the start.
        { "' OR 1=1 --", "OR at column 3 has nothing before it: write a word on each side, like deploy OR release", 3 },
        // OR after a filter.
        { "who:bob OR deploy", "OR at column 9 can only join words and phrases, not filters like who: or kind:", 9 },
        // OR before a filter.
        { "deploy OR who:bob", "OR at column 8 can only join words and phrases, not filters like who: or kind:", 8 },
        // OR after an excluded word: FTS5 has no unary NOT to put in an OR.
        { "-a OR b", "OR at column 4 cannot join an excluded word: remove the '-' or the OR", 4 },
        // OR before an excluded word.
        { "a OR -b", "OR at column 3 cannot join an excluded word: remove the '-' or the OR", 3 },
        // A one-letter prefix would match most of the index.
        { "a*", "a prefix needs at least 3 letters before the '*' (column 1)", 1 },
        // Two letters too: without a prefix index, FTS5 would merge thousands of words for it.
        { "de*", "a prefix needs at least 3 letters before the '*' (column 1)", 1 },
        // The last word of a phrase prefix needs three letters too.
        { "deploy gcp-bu*", "a prefix needs at least 3 letters before the '*' (column 8)", 8 },
        // An unknown kind lists the allowed ones.
        { "kind:meeting", "unknown kind 'meeting' at column 6: use one of decision, action, question, note, agenda, update", 6 },
        // The column points at the unknown one in a list.
        { "kind:action,bogus", "unknown kind 'bogus' at column 13: use one of decision, action, question, note, agenda, update", 13 },
        // In a quoted list the column skips the spaces before the unknown kind.
        { "kind:\"action,  bogus\"", "unknown kind 'bogus' at column 16: use one of decision, action, question, note, agenda, update", 16 },
        // A kind filter without a kind.
        { "kind:", "kind: at column 1 needs a kind: one of decision, action, question, note, agenda, update", 1 },
        // A who filter without a name.
        { "deploy who:", "who: at column 8 needs a name, like who:alice or who:\"Carol Smith\"", 8 },
        // An '@' alone is no name.
        { "who:@", "who: at column 1 needs a name, like who:alice or who:\"Carol Smith\"", 1 },
        // A quoted empty name is no name.
        { "who:\"  \"", "who: at column 1 needs a name, like who:alice or who:\"Carol Smith\"", 1 },
        // A series filter without a name.
        { "series:", "series: at column 1 needs a series name, like series:infra", 1 },
        // A month that does not exist.
        { "since:2024-13-01", "'2024-13-01' at column 7 is not a date: write since:YYYY-MM-DD, like since:2024-05-01", 7 },
        // A day that does not exist in that month.
        { "until:2023-02-29", "'2023-02-29' at column 7 is not a date: write until:YYYY-MM-DD, like until:2024-05-01", 7 },
        // Words are not dates.
        { "deploy until:yesterday", "'yesterday' at column 14 is not a date: write until:YYYY-MM-DD, like until:2024-05-01", 14 },
        // A date filter without a date.
        { "since:", "since: at column 1 needs a date, like since:2024-05-01", 1 },
        // A range that ends before it starts.
        { "since:2024-06-01 until:2024-05-01", "since:2024-06-01 at column 1 is after until:2024-05-01: swap the dates", 1 },
        // Two starts are ambiguous.
        { "since:2024-01-01 since:2024-02-01", "since: appears twice (columns 1 and 18): keep one", 18 },
        // Two series are ambiguous.
        { "series:a series:b", "series: appears twice (columns 1 and 10): keep one", 10 },
        // Filters cannot be excluded.
        { "-who:bob deploy", "a filter cannot be excluded: remove the '-' before who: at column 1", 1 },
        // A control character inside a filter value is refused, not stored or echoed.
        { "who:\"a\u0001b\"", "the who: value has a control character or broken text at column 7", 7 },
    };

    [Theory]
    [MemberData(nameof(ValidQueries))]
    public void Parse_ValidInput_GivesNormalForm(string input, string expected)
    {
        var result = SearchQueryParser.Parse(input);

        Assert.True(result.Succeeded, result.Error?.Message);
        Assert.Null(result.Error);
        Assert.Equal(expected, result.Query.Describe());
    }

    [Theory]
    [MemberData(nameof(ValidQueries))]
    public void Parse_NormalForm_GivesEqualQuery(string input, string expected)
    {
        var first = SearchQueryParser.Parse(input).Query!;

        var again = SearchQueryParser.Parse(first.Describe());

        Assert.True(again.Succeeded, again.Error?.Message);
        Assert.Equal(first, again.Query);
        Assert.Equal(expected, again.Query.Describe());
    }

    [Theory]
    [MemberData(nameof(InvalidQueries))]
    public void Parse_InvalidInput_GivesErrorAtColumn(string input, string message, int column)
    {
        var result = SearchQueryParser.Parse(input);

        Assert.False(result.Succeeded);
        Assert.Null(result.Query);
        Assert.Equal(message, result.Error.Message);
        Assert.Equal(column, result.Error.Column);
    }

    [Fact]
    public void Parse_EveryPart_IsExposed()
    {
        var result = SearchQueryParser.Parse(
            "deploy \"gcp builds\" rel* owner/repo#12 a OR b -secret who:@carol who:\"Carol Smith\" kind:actions,decision series:infra since:2024-01-01 until:2024-12-31");

        var query = result.Query!;
        Assert.Equal(
            [
                (SearchTermKind.Word, "deploy"),
                (SearchTermKind.Phrase, "gcp builds"),
                (SearchTermKind.Prefix, "rel"),
                (SearchTermKind.Reference, "owner/repo#12"),
                (SearchTermKind.Word, "a"),
            ],
            query.Include.Select(clause => (clause.AnyOf[0].Kind, clause.AnyOf[0].Text)));
        Assert.Equal(["a", "b"], query.Include[4].AnyOf.Select(term => term.Text));
        Assert.Equal(["owner", "repo", "12"], query.Include[3].AnyOf[0].Words);
        Assert.Equal(["gcp", "builds"], query.Include[1].AnyOf[0].Words);
        Assert.Equal("secret", Assert.Single(query.Exclude).Text);
        Assert.Equal(["carol", "Carol Smith"], query.Who);
        Assert.Equal(new HashSet<SearchItemKind> { SearchItemKind.Action, SearchItemKind.Decision }, query.Kinds);
        Assert.Equal("infra", query.Series);
        Assert.Equal(new LocalDate(2024, 1, 1), query.Since);
        Assert.Equal(new LocalDate(2024, 12, 31), query.Until);
        Assert.True(query.HasText);
        Assert.Equal(["owner/repo#12"], query.References);
    }

    [Fact]
    public void Parse_FiltersOnly_HasNoText()
    {
        var query = SearchQueryParser.Parse("who:bob kind:action").Query!;

        Assert.False(query.HasText);
        Assert.Empty(query.Include);
        Assert.Empty(query.Exclude);
        Assert.Equal(["bob"], query.Who);
        Assert.Equal([SearchItemKind.Action], query.Kinds);
        Assert.Null(query.Series);
        Assert.Null(query.Since);
        Assert.Null(query.Until);
    }

    [Fact]
    public void References_InsideOrOrExcluded_AreNotRequired()
    {
        // Only a reference standing alone must appear in every match; one among alternatives or excluded need not.
        var query = SearchQueryParser.Parse("#12 OR #13 private#48 -#99").Query!;

        Assert.Equal(["private#48"], query.References);
    }

    [Fact]
    public void Equals_SameMeaningWrittenDifferently_IsEqual()
    {
        var first = SearchQueryParser.Parse("Deploy  who:bob kind:actions -x").Query!;
        var second = SearchQueryParser.Parse("-x who:bob kind:action deploy").Query!;

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Theory]
    // A prefix is not the word.
    [InlineData("deploy", "deploy*")]
    // A phrase is not the same words apart.
    [InlineData("\"a b\"", "a b")]
    // Excluding is not including.
    [InlineData("a b", "a -b")]
    // Alternatives are not all required.
    [InlineData("a OR b", "a b")]
    // Phrase order matters.
    [InlineData("\"a b\"", "\"b a\"")]
    // Who keeps the spelling that is shown.
    [InlineData("who:bob", "who:Bob")]
    // A different date.
    [InlineData("since:2024-01-01", "since:2024-01-02")]
    public void Equals_DifferentMeaning_IsNotEqual(string left, string right)
    {
        Assert.NotEqual(SearchQueryParser.Parse(left).Query, SearchQueryParser.Parse(right).Query);
    }

    [Fact]
    public void Parse_AtLengthLimit_Succeeds()
    {
        var input = new string('(', SearchQueryParser.MaxLength - 6) + "deploy";

        var result = SearchQueryParser.Parse(input);

        Assert.Equal("deploy", result.Query?.Describe());
    }

    [Fact]
    public void Parse_OverLengthLimit_GivesError()
    {
        var input = new string('(', 10_000);

        var error = SearchQueryParser.Parse(input).Error!;

        Assert.Equal("the search is too long: at most 1000 characters, this one has 10000", error.Message);
        Assert.Equal(1001, error.Column);
    }

    [Fact]
    public void Parse_AtTermLimit_Succeeds()
    {
        // 31 words and a filter: filters count too.
        var input = string.Join(' ', Enumerable.Range(0, SearchQueryParser.MaxTerms - 1).Select(i => $"w{i}")) + " who:bob";

        var query = SearchQueryParser.Parse(input).Query!;

        Assert.Equal(SearchQueryParser.MaxTerms - 1, query.Include.Count);
    }

    [Fact]
    public void Parse_OverTermLimit_GivesErrorAtFirstExtraTerm()
    {
        var words = Enumerable.Range(0, SearchQueryParser.MaxTerms + 5).Select(i => $"w{i}").ToArray();
        var input = string.Join(' ', words);

        var error = SearchQueryParser.Parse(input).Error!;

        var column = input.IndexOf(" w32 ", StringComparison.Ordinal) + 2;
        Assert.Equal($"too many terms: a search can have at most 32 words, phrases and filters; remove some from column {column} on", error.Message);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SearchQueryParser.Parse(null!));
    }
}
