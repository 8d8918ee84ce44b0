using NodaTime;

namespace Docket.Store.Model;

/// <summary>Where something was said: the meeting and the file and line of its notes.</summary>
public sealed record SourceRef(int MeetingId, string? MeetingTitle, LocalDate? Date, string Series, string File, int Line)
{
    /// <summary><c>path:line</c>, the form editors and terminals jump to.</summary>
    public string Location => $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
