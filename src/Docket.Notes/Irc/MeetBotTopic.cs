namespace Docket.Notes.Irc;

/// <summary>A topic of MeetBot's minutes with the entries recorded under it.</summary>
/// <param name="Topic">The <c>#topic</c> entry; <c>null</c> for entries before the first topic (MeetBot's "Prologue").</param>
/// <param name="Items">The entries under it, in order.</param>
internal sealed record MeetBotTopic(MeetBotItem? Topic, IReadOnlyList<MeetBotItem> Items)
{
    public string? Title => Topic?.Text;
}
