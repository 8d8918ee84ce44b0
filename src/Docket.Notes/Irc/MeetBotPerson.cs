namespace Docket.Notes.Irc;

/// <summary>A nick MeetBot knows in a meeting, with the lines it said (chairs and <c>#nick</c> names start at 0).</summary>
internal sealed record MeetBotPerson(string Nick, int Lines);
