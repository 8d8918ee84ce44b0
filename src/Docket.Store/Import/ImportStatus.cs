namespace Docket.Store.Import;

public enum ImportStatus
{
    /// <summary>The file was new and is now stored.</summary>
    Added,

    /// <summary>The file had changed; its meetings were updated in place.</summary>
    Updated,

    /// <summary>The file is as it was last imported; nothing changed.</summary>
    Unchanged,

    /// <summary>The file could not be read; nothing of it was stored.</summary>
    Failed,
}
