using NodaTime;

namespace Docket.Store.Model;

/// <summary>A topic someone put forward for the next meeting of a series (<c>docket propose</c>).</summary>
public sealed class ProposedTopic
{
    private ProposedTopic()
    {
        Title = Proposer = "";
    }

    public ProposedTopic(Series series, string title, string proposer, int? minutes, string? link, Instant proposedAt)
    {
        ArgumentNullException.ThrowIfNull(series);
        Series = series;
        Title = Texts.Require(title, nameof(title));
        Proposer = Texts.Require(proposer, nameof(proposer));
        Minutes = minutes is null or > 0 ? minutes : throw new ArgumentOutOfRangeException(nameof(minutes), minutes, "A time box is at least a minute.");
        Link = string.IsNullOrWhiteSpace(link) ? null : link.Trim();
        ProposedAt = proposedAt;
    }

    public int Id { get; private set; }

    public int SeriesId { get; private set; }

    public Series Series { get; private set; } = null!;

    public string Title { get; private set; }

    public string Proposer { get; private set; }

    /// <summary>The time box asked for, in minutes.</summary>
    public int? Minutes { get; private set; }

    public string? Link { get; private set; }

    public Instant ProposedAt { get; private set; }

    /// <summary>The planned meeting whose agenda took the topic; <c>null</c> while it waits for one.</summary>
    public int? PlannedMeetingId { get; private set; }

    public void PutOn(PlannedMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        PlannedMeetingId = meeting.Id;
    }

    /// <summary>Back to waiting: its meeting passed with no notes to say it was discussed.</summary>
    public void Release() => PlannedMeetingId = null;
}
