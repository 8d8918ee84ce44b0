using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Docket.Store.Search.Query;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Docket.Store.Tests.Search.Query;

/// <summary>
/// Hostile search text (security.md item 4): each input either gets a clear error or compiles into a MATCH that a
/// real SQLite FTS5 table runs without an exception and with exactly the rows a word search should find. Inputs are
/// looked up by name so xunit never has to serialize NULs or lone surrogates.
/// </summary>
public sealed partial class SearchInjectionTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, (string Input, string[] Rows)> Runs = new(StringComparer.Ordinal)
    {
        // A column filter would find "body-only" too; this is the phrase "body secret".
        ["column-filter"] = ("body:secret", ["handshake"]),
        // A real column name with a prefix star: the word "col", not "every token in column col".
        ["column-star"] = ("col:*", ["col"]),
        // NEAR(a b) would also find "a and b" and "a b"; here it is the phrase "near a" and the word b.
        ["near-group"] = ("NEAR(a b)", ["near"]),
        // An unclosed NEAR( is the word "near".
        ["near-open"] = ("NEAR(", ["near"]),
        // AND would find "a b" too; here "and" is a required word.
        ["and-operator"] = ("a AND b", ["and"]),
        // NOT at the start is an FTS5 syntax error; here it is a word that no row has.
        ["not-operator"] = ("NOT a", []),
        // ^ (first token) is punctuation.
        ["caret"] = ("^a", ["near", "and", "adjacent", "braces"]),
        // + (phrase join) is punctuation.
        ["plus"] = ("a + b", ["near", "and", "adjacent", "braces"]),
        // {col}: column sets are punctuation: the word a and the phrase "b c".
        ["column-set"] = ("{a b}:c", ["braces"]),
        // Two quotes inside a word: an empty phrase between two words.
        ["doubled-quote"] = ("a\"\"b", ["near", "and", "adjacent", "braces"]),
        // NUL separates words like any control character: the phrase "a b".
        ["nul"] = ("a\0b", ["near", "adjacent", "braces"]),
        // A lone surrogate is not text: it separates words.
        ["lone-surrogate"] = ("a\uD800b", ["near", "adjacent", "braces"]),
        // A reversed surrogate pair is two lone surrogates.
        ["reversed-surrogates"] = ("a\uDC00\uD800b", ["near", "adjacent", "braces"]),
        // Emoji are not words; the word next to them is.
        ["emoji"] = ("🚀launch", ["launch"]),
        // Hebrew, right to left.
        ["rtl-hebrew"] = ("שלום", ["rtl"]),
        // Arabic with vowel marks: marks stay in the word.
        ["rtl-arabic-marks"] = ("مَرْحَبًا", ["rtl"]),
        // Bidi override characters around a word are format characters, not part of it.
        ["bidi-override"] = ("\u202Eשלום\u202C", ["rtl"]),
        // SQL in the search box is words, and the table is still there afterwards.
        ["sql-drop"] = ("'; DROP TABLE notes; --", ["sql"]),
        // A quote-and-comment attempt around a word.
        ["sql-quote"] = ("x' OR '1'='1", []),
        // Parentheses deep inside the length limit are punctuation.
        ["parentheses-999"] = (new string('(', 999) + "a", ["near", "and", "adjacent", "braces"]),
        // FTS5's own escape, a doubled quote inside a phrase, is two phrases here.
        ["fts5-escape"] = ("\"a\"\"b\"", ["near", "and", "adjacent", "braces"]),
        // Stars everywhere: only one after a word is a prefix.
        ["stars"] = ("* ** han*", ["handshake"]),
    };

    private static readonly Dictionary<string, (string Input, string Message, int Column)> Rejections = new(StringComparer.Ordinal)
    {
        ["unbalanced-quote"] = ("\"unbalanced", "unclosed quote starting at column 1: add a closing \"", 1),
        ["three-quotes"] = ("\"a\" \"", "unclosed quote starting at column 5: add a closing \"", 5),
        ["sql-or"] = ("' OR 1=1 --", "OR at column 3 has nothing before it: write a word on each side, like deploy OR release", 3),
        ["backslash"] = ("\\", "nothing to search for: type a word, a \"phrase\" or a filter like who:alice", 1),
        ["nul-alone"] = ("\0", "nothing to search for: type a word, a \"phrase\" or a filter like who:alice", 1),
        ["lone-surrogate-alone"] = ("\uDC00", "nothing to search for: type a word, a \"phrase\" or a filter like who:alice", 1),
        ["emoji-alone"] = ("🚀🔥", "nothing to search for: type a word, a \"phrase\" or a filter like who:alice", 1),
        ["parentheses-10000"] = (new string('(', 10_000), "the search is too long: at most 1000 characters, this one has 10000", 1001),
        ["only-not"] = ("-secret", "add at least one word to look for: a search cannot only exclude words (the '-' at column 1)", 1),
        ["star-alone-prefix"] = ("x*", "a prefix needs at least 3 letters before the '*' (column 1)", 1),
        ["or-alone"] = ("OR", "OR at column 1 has nothing before it: write a word on each side, like deploy OR release", 1),
        ["lone-surrogate-in-name"] = ("who:\"a\uD800\"", "the who: value has a control character or broken text at column 7", 7),
        ["nul-in-series"] = ("deploy series:\"a\0b\"", "the series: value has a control character or broken text at column 17", 17),
    };

    public static TheoryData<string> RunNames => [.. Runs.Keys];

    public static TheoryData<string> RejectionNames => [.. Rejections.Keys];

    [Theory]
    [MemberData(nameof(RunNames))]
    public void Search_HostileInput_RunsAndFindsExpectedRows(string name)
    {
        var (input, expected) = Runs[name];
        using var notes = new Fts5Notes();
        var rows = Seed(notes);

        var found = notes.Search(input).Select(id => rows[id]);

        Assert.Equal(expected, found);
        Assert.Equal(rows.Count, notes.Count());
    }

    [Theory]
    [MemberData(nameof(RejectionNames))]
    public void Parse_HostileInput_GivesClearError(string name)
    {
        var (input, message, column) = Rejections[name];

        var error = SearchQueryParser.Parse(input).Error;

        Assert.NotNull(error);
        Assert.Equal(message, error.Message);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Match_RawHostileInput_ThrowsWithoutTheParser()
    {
        // The control experiment: the same inputs handed to MATCH unparsed do break or leak, which is why the parser exists.
        using var notes = new Fts5Notes();
        var rows = Seed(notes);

        Assert.Throws<SqliteException>(() => notes.Match("\"unbalanced"));
        Assert.Throws<SqliteException>(() => notes.Match("NEAR("));
        Assert.Equal(["secret-title"], notes.Match("title:secret").Select(id => rows[id]));
    }

    // Each row checks that our word splitting and lowercasing agree with the unicode61 tokenizer for one script.
    [Theory]
    // Cyrillic, upper case in the query: both sides fold case.
    [InlineData("Привет, мир", "ПРИВЕТ мир")]
    // Greek with an accent.
    [InlineData("Καλημέρα κόσμε", "καλημέρα")]
    // Hebrew as a phrase, right to left.
    [InlineData("שלום עולם", "\"שלום עולם\"")]
    // Arabic with vowel marks (non-spacing marks inside the word).
    [InlineData("مَرْحَبًا بالعالم", "مَرْحَبًا")]
    // Devanagari with spacing and non-spacing vowel signs.
    [InlineData("नमस्ते दुनिया", "\"नमस्ते दुनिया\"")]
    // CJK without spaces: one run, one token, as unicode61 sees it.
    [InlineData("日本語のテスト", "日本語のテスト")]
    // Thai without spaces.
    [InlineData("สวัสดีชาวโลก", "สวัสดีชาวโลก")]
    // ß folds to itself, not to "ss": a search for STRASSE does not find Straße (unicode61 does the same).
    [InlineData("Straße café", "STRASSE", false)]
    // ß and an accented capital in the query.
    [InlineData("Straße café", "straße CAFÉ")]
    // Turkish dotted capital I in the text, lowercase in the query.
    [InlineData("İstanbul ŞEHİR", "şehir")]
    // A phrase prefix finds the hyphenated word.
    [InlineData("we deployed gcp-builds", "gcp-bui*")]
    public void Search_UnicodeText_FindsRow(string text, string input, bool found = true)
    {
        using var notes = new Fts5Notes();
        var id = notes.Add("t", text);
        notes.Add("other", "nothing here");

        Assert.Equal(found ? [id] : [], notes.Search(input));
    }

    [Fact]
    public void Search_RandomHostileStrings_ErrorOrRunnableQuery()
    {
        // Fixed seed: a failure names the input and reproduces.
        string[] alphabet =
        [
            "a", "b", "de", "ploy", "é", "日本", "ש", "ب", "\u064E", "\u0301", "Σ", "İ", "ß", "1", "42",
            " ", " ", " ", "\t", "\n", "\"", "\"", "'", "-", "*", ":", "(", ")", "{", "}", "^", "+", "#", "/", "\\",
            ",", ".", "|", "@", "&", "!", "<->", "\0", "\u0001", "\uD800", "\uDC00", "🚀", "\u202E", "\u200D",
            "OR", "OR", "AND", "NOT", "NEAR", "who:", "kind:", "series:", "since:", "until:", "body:", "col:",
            "2024-01-01", "action", "#12", "owner/repo#1", "\"\"", "\uFFFF", "\u0000\u0000", "𞤀",
        ];
        var random = new Random(20240501);
        using var notes = new Fts5Notes();
        Seed(notes);
        var (ran, rejected, filtersOnly) = (0, 0, 0);

        for (var i = 0; i < 2000; i++)
        {
            var input = new StringBuilder();
            var pieces = random.Next(0, 24);
            for (var p = 0; p < pieces; p++)
            {
                input.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var text = input.ToString();
            var result = SearchQueryParser.Parse(text);
            if (!result.Succeeded)
            {
                Assert.True(result.Error.Column >= 1 && result.Error.Column <= text.Length + 1, $"column out of range for {Show(text)}");
                Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
                rejected++;
                continue;
            }

            var query = result.Query;
            var again = SearchQueryParser.Parse(query.Describe());
            Assert.True(query.Equals(again.Query), $"normal form of {Show(text)} does not parse back: {query.Describe()}");
            if (!query.HasText)
            {
                filtersOnly++;
                continue;
            }

            var match = Fts5QueryText.From(query);
            AssertShape(match, Fts5String(), Fts5Operators());
            AssertShape(PostgresTsQuery.From(query), TsQueryLexeme(), TsQueryOperators());
            try
            {
                notes.Match(match);
            }
            catch (SqliteException e)
            {
                Assert.Fail($"{Show(text)} compiled to {match}, which SQLite refused: {e.Message}");
            }

            ran++;
        }

        output.WriteLine($"{ran} ran, {rejected} rejected, {filtersOnly} filters only");

        // The alphabet must exercise all three outcomes, or the test proves less than it claims.
        Assert.True(ran > 200, $"only {ran} inputs ran");
        Assert.True(rejected > 200, $"only {rejected} inputs were rejected");
        Assert.True(filtersOnly > 10, $"only {filtersOnly} inputs were filters only");
    }

    private static Dictionary<long, string> Seed(Fts5Notes notes) => new()
    {
        [notes.Add("secret", "nothing to see")] = "secret-title",
        [notes.Add("plan", "the body: secret handshake")] = "handshake",
        [notes.Add("body only", "secret only")] = "secret-body",
        [notes.Add("near", "we sat near a b-tree")] = "near",
        [notes.Add("and", "a and b")] = "and",
        [notes.Add("adjacent", "a b")] = "adjacent",
        [notes.Add("braces", "a b c")] = "braces",
        [notes.Add("col", "col col")] = "col",
        [notes.Add("rtl", "שלום עולם مَرْحَبًا")] = "rtl",
        [notes.Add("launch", "🚀 launch day")] = "launch",
        [notes.Add("sql", "drop table notes")] = "sql",
    };

    private static string Show(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));

    // Only quoted strings holding letters, digits, marks (and spaces between words) around our own operators:
    // nothing the user typed can be syntax.
    private static void AssertShape(string compiled, Regex quoted, Regex operators)
    {
        var rest = quoted.Replace(compiled, quote =>
        {
            var words = quote.Groups[1].Value.Split(' ');
            Assert.All(words, word => Assert.True(
                word.Length > 0 && word.EnumerateRunes().All(rune => Rune.IsLetter(rune) || Rune.IsNumber(rune) || Rune.GetUnicodeCategory(rune)
                    is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark),
                $"{Show(word)} in {Show(compiled)} is not a clean word"));
            return "W";
        });
        Assert.Matches(operators, rest);
    }

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Fts5String();

    [GeneratedRegex(@"^(?:W(?: \*)?|\(|\)| AND | OR | NOT )+$")]
    private static partial Regex Fts5Operators();

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex TsQueryLexeme();

    [GeneratedRegex(@"^(?:W(?::\*)?|\(|\)| & | \| |!| <-> )+$")]
    private static partial Regex TsQueryOperators();
}
