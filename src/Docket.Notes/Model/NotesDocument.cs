namespace Docket.Notes.Model;

/// <summary>What one notes file holds: its meetings, in the order of the file.</summary>
/// <param name="Source">The file as the user named it.</param>
/// <param name="Meetings">The meetings found, in file order.</param>
public sealed record NotesDocument(string Source, IReadOnlyList<Meeting> Meetings);
