namespace Docket.Notes.Irc;

/// <summary>One entry of MeetBot's minutes: who recorded what, from which line.</summary>
/// <param name="Kind">What the entry is.</param>
/// <param name="Nick">Who gave the command.</param>
/// <param name="Text">The command's argument, as said (plain text, never markup).</param>
/// <param name="Source">The log line.</param>
internal sealed record MeetBotItem(MeetBotItemKind Kind, string Nick, string Text, IrcLine Source);
