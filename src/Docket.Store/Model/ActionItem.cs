using NodaTime;

namespace Docket.Store.Model;

/// <summary>
/// One action item across the meetings that mention it: the same item listed again under next
/// week's "Action Items from Last Week" is another <see cref="ActionMention"/> of this item.
/// </summary>
public sealed class ActionItem
{
    private ActionItem()
    {
        Key = Text = "";
    }

    internal ActionItem(Series series, string key, string text)
    {
        Series = series;
        Key = key;
        Text = text;
    }

    public int Id { get; private set; }

    public int SeriesId { get; private set; }

    public Series Series { get; private set; } = null!;

    /// <summary>The item's words normalised for matching mentions across meetings.</summary>
    public string Key { get; internal set; }

    /// <summary>The words of the latest mention.</summary>
    public string Text { get; internal set; }

    public ActionStatus Status { get; private set; }

    /// <summary>Where the status came from when a person set it (<c>docket actions done</c>), which notes don't override.</summary>
    public ActionStatus? MarkedStatus { get; private set; }

    public Instant? MarkedAt { get; private set; }

    /// <summary>The meeting whose notes closed the item, when the notes did.</summary>
    public int? ClosedInMeetingId { get; internal set; }

    public int FirstMeetingId { get; internal set; }

    public int LastMeetingId { get; internal set; }

    public LocalDate? FirstDate { get; internal set; }

    public LocalDate? LastDate { get; internal set; }

    /// <summary>The owners' name keys, sorted, between spaces (<c> aaron carol </c>): a strong hint when matching carried items.</summary>
    public string OwnerKeys { get; internal set; } = "";

    /// <summary>How many meetings mention the item.</summary>
    public int MeetingCount { get; internal set; }

    public List<ActionMention> Mentions { get; private set; } = [];

    public List<ActionAssignee> Assignees { get; private set; } = [];

    /// <summary>A person closed or reopened the item by hand; this stands until they change it again.</summary>
    public void Mark(ActionStatus status, Instant at)
    {
        MarkedStatus = status;
        MarkedAt = at;
        Status = status;
    }

    internal void ApplyNotesStatus(ActionStatus fromNotes) => Status = MarkedStatus ?? fromNotes;
}
