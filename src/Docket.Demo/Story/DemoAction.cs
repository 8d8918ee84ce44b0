namespace Docket.Demo.Story;

/// <summary>
/// An action item the script gives someone: born in one meeting, listed again in every later one
/// until it is closed <see cref="CloseAfter"/> meetings later (never, when null or past the last meeting).
/// </summary>
/// <param name="Owner">The owner's handle (<c>jonas</c>).</param>
/// <param name="Text">What to do, a verb phrase (<c>write a migration plan for the CI pipelines</c>).</param>
/// <param name="CloseAfter">How many meetings later it is reported closed.</param>
/// <param name="DroppedAs">When set, the item is closed by dropping it with these words (<c>moved to #530</c>), not done.</param>
internal sealed record DemoAction(string Owner, string Text, int? CloseAfter, string? DroppedAs = null);
