namespace Docket.Notes.Extraction.Fields;

/// <summary>What a meeting's header says: when, where, who came, who held which role.</summary>
internal sealed class MeetingHeader
{
    public List<string> TimeTexts { get; } = [];

    public string? Location { get; set; }

    public List<string> Attendees { get; } = [];

    public Dictionary<string, List<string>> Roles { get; } = new(StringComparer.Ordinal);

    public void AddAttendee(string name)
    {
        if (!Attendees.Exists(a => a.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            Attendees.Add(name);
        }
    }

    public void AddRole(string role, string name)
    {
        if (!Roles.TryGetValue(role, out var people))
        {
            Roles[role] = people = [];
        }

        if (!people.Exists(p => p.Equals(name, StringComparison.OrdinalIgnoreCase)))
        {
            people.Add(name);
        }
    }
}
