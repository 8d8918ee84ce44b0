using NodaTime;

namespace Docket.Store.Model;

/// <summary>An action item as one meeting's notes wrote it.</summary>
public sealed class ActionMention : MeetingItem
{
    public int ActionItemId { get; internal set; }

    public ActionItem ActionItem { get; internal set; } = null!;

    public string Text { get; internal set; } = "";

    public string? Topic { get; internal set; }

    /// <summary>Checked off (<c>[x]</c>) or said to be done in these notes.</summary>
    public bool Done { get; internal set; }

    /// <summary>Said to be dropped or moved elsewhere in these notes.</summary>
    public bool Dropped { get; internal set; }

    public LocalDate? Due { get; internal set; }

    /// <summary>The owners' names as written.</summary>
    public List<string> Assignees { get; internal set; } = [];
}
