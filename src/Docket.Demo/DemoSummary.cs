namespace Docket.Demo;

/// <summary>What <see cref="DemoTeam.SeedAsync"/> stored: counted back from the store, not from the script.</summary>
/// <param name="Team">The team's slug (<see cref="DemoTeam.Slug"/>).</param>
/// <param name="Series">The series' slugs, in the order they were seeded.</param>
/// <param name="Meetings">Meetings stored across all series.</param>
/// <param name="Decisions">Decisions extracted from them.</param>
/// <param name="Actions">Distinct action items (an item carried over several meetings counts once).</param>
/// <param name="OpenActions">Of those, the ones still open.</param>
public sealed record DemoSummary(string Team, IReadOnlyList<string> Series, int Meetings, int Decisions, int Actions, int OpenActions);
