using Docket.Demo.Shapes;
using Docket.Demo.Story;
using Docket.Store.Model;

namespace Docket.Demo.Scripts;

/// <summary>
/// The demo team: Tessera, a small open-source map tile server, and the Fernhill co-op whose
/// members maintain it and host its CI. Four series, one in each shape of notes Docket reads,
/// at three access levels, with members across six time zones.
/// </summary>
internal static class DemoCatalog
{
    public const string TeamName = "Tessera & the Fernhill co-op (demo)";

    private static readonly DemoMember Mira = new("mira", "Europe/Berlin");
    private static readonly DemoMember Jonas = new("jonas", "Europe/Stockholm");
    private static readonly DemoMember Priya = new("priya", "Asia/Kolkata");
    private static readonly DemoMember Sam = new("sam", "America/Toronto");
    private static readonly DemoMember Ana = new("ana", "America/Sao_Paulo");
    private static readonly DemoMember Kenji = new("kenji", "Asia/Tokyo");

    public static DemoSeries Maintainers { get; } = new(
        "Tessera Maintainers",
        "issue",
        "weekly on Thursday 16:00 Europe/Berlin",
        60,
        AccessLevel.Public,
        "https://meet.tessera.example/maintainers",
        ["moderator", "notetaker"],
        [Mira, Jonas, Priya, Sam],
        MaintainersScript.Script,
        IssueShape.Write);

    public static DemoSeries Infrastructure { get; } = new(
        "Fernhill Infrastructure",
        "pad",
        "weekly on Tuesday 09:00 America/Sao_Paulo",
        60,
        AccessLevel.Indexed,
        "https://call.fernhill.example/infra",
        ["cultivator", "notetaker"],
        [Ana, Kenji, Mira, Jonas],
        InfrastructureScript.Script,
        PadShape.Write);

    public static DemoSeries Community { get; } = new(
        "Tessera Community Call",
        "running",
        "weekly on Wednesday 17:00 Europe/Lisbon",
        45,
        AccessLevel.Public,
        "https://meet.tessera.example/community",
        ["host"],
        [Mira, Jonas, Priya, Sam, Ana, Kenji],
        CommunityScript.Script,
        RunningShape.Write);

    public static DemoSeries Standup { get; } = new(
        "Fernhill Standup",
        "standup",
        "weekly on Monday 08:00 Europe/Berlin",
        30,
        AccessLevel.Private,
        "https://call.fernhill.example/standup",
        ["facilitator"],
        [Ana, Kenji, Mira, Jonas],
        StandupScript.Script,
        (series, meetings) => StandupShape.Write(series, meetings, StandupScript.Work));

    public static IReadOnlyList<DemoSeries> All { get; } = [Maintainers, Infrastructure, Community, Standup];
}
