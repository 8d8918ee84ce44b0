namespace Docket.Notes.Irc;

/// <summary>The kinds of entry MeetBot writes into its minutes.</summary>
internal enum MeetBotItemKind
{
    Topic,
    Info,
    Idea,
    Link,
    Agreed,
    Accepted,
    Rejected,
    Action,
    Help,
}
