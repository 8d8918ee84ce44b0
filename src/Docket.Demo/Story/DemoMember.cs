namespace Docket.Demo.Story;

/// <summary>A member of a series: the handle the notes use and the zone they live in.</summary>
internal sealed record DemoMember(string Handle, string Zone);
