using Docket.Notes.Model;
using Docket.Notes.Reading;

namespace Docket.Notes.Irc;

/// <summary>Reads IRC meeting logs: MeetBot commands and W3C scribe conventions.</summary>
internal static class IrcLogReader
{
    public static bool LooksLikeIrcLog(string text) => false;

    public static IReadOnlyList<Meeting> Read(SourceText source) => [];
}
