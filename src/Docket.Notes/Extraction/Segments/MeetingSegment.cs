using Docket.Notes.Dates;
using Docket.Notes.Reading.Outline;

namespace Docket.Notes.Extraction.Segments;

/// <summary>The lines of one meeting, and the dated line that starts it in a many-meetings file.</summary>
internal sealed record MeetingSegment(IReadOnlyList<NoteLine> Lines, NoteLine? Boundary, DateMatch? Date);
