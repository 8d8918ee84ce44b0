namespace Docket.Notes.Tests.Seeds;

public sealed class LooseTextTests
{
    [Theory]
    // Markers an annotator drops and a reader might keep, or the other way round.
    [InlineData("[TODO] Need to adjust Bors", "need to adjust bors")]
    [InlineData("`[TODO]` Need to adjust Bors", "need to adjust bors")]
    [InlineData("** TODO: Need to figure out bursts", "need to figure out bursts")]
    [InlineData("#todo bl: add summary of this", "add summary of this")]
    [InlineData("#todo:bl add summary of this", "add summary of this")]
    [InlineData("#todo add summary of this", "add summary of this")]
    [InlineData("[DECISION] push to next week", "push to next week")]
    [InlineData("DECISION: push to next week", "push to next week")]
    [InlineData("SUGGESTION: Instead of a custom framework?", "instead of a custom framework")]
    [InlineData("A: delegate to cli for now.", "delegate to cli for now")]
    // Bullets and checkboxes, when a reader keeps the line as written.
    [InlineData("- [x] Reset meeting pad", "reset meeting pad")]
    [InlineData("* [ ] TODO: Reset meeting pad", "reset meeting pad")]
    // Emphasis, backticks and links fold to their words; the model's own example.
    [InlineData("**Aaron to set up meetups for this**", "aaron to set up meetups for this")]
    [InlineData("_skipped_", "skipped")]
    [InlineData("Migrate items with `#todo:person` to [task board][tasks]", "migrate items with #todo:person to task board")]
    [InlineData("[eRFC: Crate name transfer](https://github.com/rust-lang/rfcs/pull/2614)", "erfc: crate name transfer")]
    [InlineData("Review [`[priority-★★★]`][l-pri-hi] [`[priority-none]`][l-pri-none]", "review [priority-★★★] [priority-none]")]
    // Case, white space and trailing punctuation do not matter.
    [InlineData("  Consensus is   we need\tto grow the team. ", "consensus is we need to grow the team")]
    [InlineData("do we still use this? ", "do we still use this")]
    [InlineData("partition e-mail? FAQ? auto-reply?", "partition e-mail? faq? auto-reply")]
    // Blank and missing fold to the same empty text (a null topic matches an empty one).
    [InlineData(null, "")]
    [InlineData("   ", "")]
    public void Normalize_Text_FoldsToComparableForm(string? text, string expected)
    {
        Assert.Equal(expected, LooseText.Normalize(text));
    }

    [Theory]
    // Words that look like markers but belong to the text must stay.
    [InlineData("Need to adjust Bors", "need to adjust bors")]
    [InlineData("Notes are published", "notes are published")]
    [InlineData("snake_case_name stays", "snake_case_name stays")]
    [InlineData("#246 el will write copy", "#246 el will write copy")]
    [InlineData("yj: will finish up", "yj: will finish up")]
    [InlineData("1.5 hours later", "1.5 hours later")]
    [InlineData("see (details)", "see (details)")]
    public void Normalize_WordsThatResembleMarkers_AreKept(string text, string expected)
    {
        Assert.Equal(expected, LooseText.Normalize(text));
    }
}
