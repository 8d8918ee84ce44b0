using Docket.Meetings.Scheduling;

namespace Docket.Demo.Story;

/// <summary>One meeting to write: when it was, its topics, and the items carried into it.</summary>
internal sealed record DemoMeeting(int Index, Occurrence When, IReadOnlyList<DemoTopic> Topics, IReadOnlyList<LedgerEntry> Carried)
{
    /// <summary>The week this meeting was in: a carried item says how long it has been open.</summary>
    public string OpenFor(LedgerEntry entry)
    {
        var weeks = Index - entry.Opened;
        return weeks == 1 ? "1 week" : $"{weeks} weeks";
    }

    /// <summary>Every meeting of a series, dated from its occurrences (oldest first), with the script's ledger worked out.</summary>
    public static IReadOnlyList<DemoMeeting> Plan(DemoScript script, IReadOnlyList<Occurrence> occurrences)
    {
        var ledger = new List<LedgerEntry>();
        for (var i = 0; i < occurrences.Count; i++)
        {
            foreach (var action in script.TopicsOf(i).SelectMany(t => t.Actions))
            {
                int? closed = action.CloseAfter is { } after && i + after < occurrences.Count ? i + after : null;
                ledger.Add(new LedgerEntry(action, i, closed));
            }
        }

        return [.. occurrences.Select((o, i) => new DemoMeeting(i, o, script.TopicsOf(i), [.. ledger.Where(e => e.CarriedInto(i))]))];
    }
}
