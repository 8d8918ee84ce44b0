namespace Docket.Store.Search.Query;

/// <summary>The kinds of meeting content a <c>kind:</c> filter can ask for.</summary>
public enum SearchItemKind
{
    /// <summary><c>kind:decision</c>: something the meeting settled.</summary>
    Decision,

    /// <summary><c>kind:action</c>: an action item.</summary>
    Action,

    /// <summary><c>kind:question</c>: an open question.</summary>
    Question,

    /// <summary><c>kind:note</c>: the running notes themselves.</summary>
    Note,

    /// <summary><c>kind:agenda</c>: an agenda item.</summary>
    Agenda,

    /// <summary><c>kind:update</c>: a standup update.</summary>
    Update,
}
