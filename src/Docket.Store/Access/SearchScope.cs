namespace Docket.Store.Access;

/// <summary>Where a viewer's search may look: see <see cref="AccessRules.SearchScopeAsync"/>.</summary>
public sealed record SearchScope(IReadOnlyCollection<int> Series, IReadOnlyCollection<int> HiddenMeetings);
