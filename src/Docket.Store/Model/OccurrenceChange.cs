using NodaTime;

namespace Docket.Store.Model;

/// <summary>One meeting of a series skipped or moved, with the reason; at most one per rule date.</summary>
public sealed class OccurrenceChange
{
    private OccurrenceChange()
    {
        Text = "";
    }

    public OccurrenceChange(LocalDate date, string text)
    {
        Date = date;
        Text = Texts.Require(text, nameof(text));
    }

    public int Id { get; private set; }

    public int SeriesId { get; private set; }

    /// <summary>The date the cadence gives the meeting.</summary>
    public LocalDate Date { get; private set; }

    /// <summary>The change in the text form <c>OccurrenceException.Parse</c> reads (<c>skip 2019-07-04 "US holiday"</c>).</summary>
    public string Text { get; private set; }

    public void Replace(string text) => Text = Texts.Require(text, nameof(text));
}
