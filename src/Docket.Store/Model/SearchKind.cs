namespace Docket.Store.Model;

/// <summary>What a search entry is: the kinds a search can be limited to.</summary>
public enum SearchKind
{
    /// <summary>The notes themselves: a passage of neighbouring lines.</summary>
    Note = 0,
    Agenda = 1,
    Decision = 2,
    Action = 3,
    Question = 4,
    Update = 5,
}
