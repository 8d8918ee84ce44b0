using Docket.Store.Model;

namespace Docket.Demo.Story;

/// <summary>A series of the demo team: its plan, its script, and the shape its notes are written in.</summary>
internal sealed record DemoSeries(
    string Name,
    string Template,
    string Cadence,
    int DurationMinutes,
    AccessLevel Access,
    string Location,
    IReadOnlyList<string> Roles,
    IReadOnlyList<DemoMember> Members,
    DemoScript Script,
    Func<DemoSeries, IReadOnlyList<DemoMeeting>, IReadOnlyList<DemoFile>> Write)
{
    public string Slug => Slugs.From(Name);

    /// <summary>Who holds a role in a meeting: the members in turn, each role one step further on.</summary>
    public string RoleHolder(int meeting, int role) => Members[(meeting + role) % Members.Count].Handle;
}
