namespace Docket.Store.Model;

/// <summary>What an account may do in a team. Ordered: each role may do all the one before it may.</summary>
public enum TeamRole
{
    /// <summary>Reads public and indexed content; writes nothing.</summary>
    Guest = 1,

    /// <summary>Reads everything of the team, proposes topics, edits notes, ticks off actions, makes next meetings.</summary>
    Member = 2,

    /// <summary>Also manages the team: members, series, access levels.</summary>
    Owner = 3,
}
