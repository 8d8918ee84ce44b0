namespace Docket.Store.Planning;

/// <summary>A proposed topic as stored.</summary>
public sealed record AgendaTopicView(int Id, string Series, string Title, string Proposer, int? Minutes, string? Link);
