namespace Docket.Meetings.Templates;

/// <summary>A proposed (or deferred) agenda topic.</summary>
/// <param name="Title">What to talk about.</param>
/// <param name="Minutes">Its time box, when it has one.</param>
/// <param name="Proposer">Who proposed it.</param>
/// <param name="Link">An issue or document about it.</param>
public sealed record AgendaTopic(string Title, int? Minutes = null, string? Proposer = null, string? Link = null);
