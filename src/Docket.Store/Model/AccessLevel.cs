namespace Docket.Store.Model;

/// <summary>Who may read a series or a meeting.</summary>
public enum AccessLevel
{
    /// <summary>Anyone.</summary>
    Public = 0,

    /// <summary>Title, date and series are public; the content only to members.</summary>
    Indexed = 1,

    /// <summary>Members only.</summary>
    Private = 2,
}
