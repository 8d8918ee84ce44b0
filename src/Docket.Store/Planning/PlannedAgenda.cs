using Docket.Meetings.Scheduling;

namespace Docket.Store.Planning;

/// <summary>The next meeting of a series as <c>docket next</c> made it (or found it already made).</summary>
/// <param name="Series">The series' slug.</param>
/// <param name="Number">The meeting's number (<c>#002</c>).</param>
/// <param name="Occurrence">When it happens.</param>
/// <param name="Agenda">The agenda text, as stored.</param>
/// <param name="Created">Whether this call planned it (else it was planned before and is printed again).</param>
public sealed record PlannedAgenda(string Series, int Number, Occurrence Occurrence, string Agenda, bool Created)
{
    public string NumberText => "#" + Number.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
}
