namespace Docket.Store.Planning;

/// <summary>A member of a series as shown: name, zone, whether away.</summary>
public sealed record SeriesMemberView(string Name, string Zone, bool Away);
