namespace Docket.Store.People;

/// <summary>A person as listed: the names they go by and how much the notes say of them.</summary>
public sealed record PersonRow(int Id, string Name, IReadOnlyList<string> Aliases, int Meetings, int OpenActions);
