using NodaTime;

namespace Docket.Meetings.Templates;

/// <summary>A question an earlier meeting left open.</summary>
/// <param name="Text">The question.</param>
/// <param name="OriginDate">The meeting that asked it.</param>
/// <param name="OriginTitle">That meeting's title.</param>
public sealed record OpenQuestion(string Text, LocalDate? OriginDate = null, string? OriginTitle = null);
