namespace Docket.Store.Model;

public enum ActionStatus
{
    Open = 0,
    Done = 1,

    /// <summary>Given up, or moved to an issue tracker.</summary>
    Dropped = 2,
}
