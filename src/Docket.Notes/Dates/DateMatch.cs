using NodaTime;

namespace Docket.Notes.Dates;

/// <summary>
/// A calendar date found in text. <see cref="Index"/> and <see cref="Length"/> cover the date as written,
/// including a weekday written just before it ("Friday, October 2, 2020"), so a caller can cut it out of a title.
/// </summary>
/// <param name="Date">The date.</param>
/// <param name="Index">Where the written date starts in the text.</param>
/// <param name="Length">How many characters it spans.</param>
/// <param name="HasYear">False when the year was not written and came from the caller's default ("Mar 16").</param>
internal readonly record struct DateMatch(LocalDate Date, int Index, int Length, bool HasYear);
