namespace Docket.Store.Teams;

/// <summary>The series a typed name stands for; empty when none matched.</summary>
public sealed record SeriesMatch(string Typed, IReadOnlyList<int> Ids)
{
    public bool Found => Ids.Count > 0;
}
