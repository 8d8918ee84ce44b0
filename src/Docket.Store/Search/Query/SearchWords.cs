using System.Buffers;
using System.Globalization;
using System.Text;

namespace Docket.Store.Search.Query;

/// <summary>
/// Splits text into the lowercase words a full-text tokenizer would index: runs of letters and digits of any
/// script (with their combining marks); everything else, including broken UTF-16, separates words. What comes
/// out can only ever hold letters, digits and marks, so the compilers' quoting never has anything to defend.
/// </summary>
internal static class SearchWords
{
    public static List<string> Split(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var hasLetterOrDigit = false;
        for (var i = 0; i < text.Length;)
        {
            var rune = Read(text, i, out var length);
            i += length;
            if (IsWordRune(rune))
            {
                word.Append(Rune.ToLowerInvariant(rune).ToString());
                hasLetterOrDigit |= !IsMark(rune);
                continue;
            }

            Flush(words, word, ref hasLetterOrDigit);
        }

        Flush(words, word, ref hasLetterOrDigit);
        return words;
    }

    /// <summary>Whether the text ends inside a word, so a '*' after it makes a prefix.</summary>
    public static bool EndsInWord(ReadOnlySpan<char> text) =>
        !text.IsEmpty && Rune.DecodeLastFromUtf16(text, out var rune, out _) == OperationStatus.Done && IsWordRune(rune);

    /// <summary>The length of a word in code points, as a person counts its characters.</summary>
    public static int Length(string word) => word.EnumerateRunes().Count();

    private static Rune Read(ReadOnlySpan<char> text, int at, out int length)
    {
        // A lone surrogate is not text: it reads as the replacement character, which separates words.
        return Rune.DecodeFromUtf16(text[at..], out var rune, out length) == OperationStatus.Done ? rune : Rune.ReplacementChar;
    }

    private static bool IsWordRune(Rune rune) => Rune.IsLetter(rune) || Rune.IsNumber(rune) || IsMark(rune);

    private static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static void Flush(List<string> words, StringBuilder word, ref bool hasLetterOrDigit)
    {
        // A run of marks alone (a stray accent) is no word.
        if (hasLetterOrDigit)
        {
            words.Add(word.ToString());
        }

        word.Clear();
        hasLetterOrDigit = false;
    }
}
