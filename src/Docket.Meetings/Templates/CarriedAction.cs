using Docket.Notes.Model;
using NodaTime;

namespace Docket.Meetings.Templates;

/// <summary>An open action item carried into the next agenda, with how long it has been open.</summary>
/// <param name="Text">The item.</param>
/// <param name="Owners">Who owns it; empty when nobody does.</param>
/// <param name="AgeMeetings">Meetings held since it was made.</param>
/// <param name="AgeDays">Days since it was made.</param>
/// <param name="OriginDate">The meeting that made it.</param>
/// <param name="OriginTitle">That meeting's title.</param>
/// <param name="Link">An issue or document about it.</param>
public sealed record CarriedAction(string Text, IReadOnlyList<string> Owners, int AgeMeetings, int AgeDays, LocalDate OriginDate, string? OriginTitle = null, string? Link = null)
{
    /// <summary>
    /// An action item read from the notes of <paramref name="origin"/>, carried to a meeting on
    /// <paramref name="date"/> after <paramref name="meetingsSince"/> meetings.
    /// </summary>
    public static CarriedAction From(ActionItem item, Meeting origin, int meetingsSince, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(origin);
        var made = origin.Date ?? throw new ArgumentException("the meeting the item comes from has no date", nameof(origin));
        return new CarriedAction(item.Text, item.Assignees, meetingsSince, Period.Between(made, date, PeriodUnits.Days).Days, made, origin.Title);
    }
}
