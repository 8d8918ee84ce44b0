using Docket.Store.Model;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Store.Actions;

/// <summary>
/// A series' action items as stored, untracked, for the files of one import transaction: read once,
/// then kept current by the files that add and carry items (<see cref="ActionLinker"/>). For the
/// items a file touches it also keeps every mention and owner, so that working out an item's state
/// again asks the store once per transaction, not once per file. Valid only while the transaction
/// holds the store's write lock, and forgotten after a file that rolled back.
/// </summary>
internal sealed class SeriesActions(List<ActionItem> items)
{
    private readonly Dictionary<int, List<MentionFacts>> _facts = [];
    private readonly Dictionary<int, List<int>> _owners = [];

    /// <summary>Every item of the series, oldest first; replaced or extended as files link theirs.</summary>
    public List<ActionItem> Items => items;

    public static async Task<SeriesActions> LoadAsync(DocketDbContext db, int seriesId, CancellationToken cancellationToken) =>
        new(await db.Actions.AsNoTracking().Where(a => a.SeriesId == seriesId).OrderBy(a => a.Id).ToListAsync(cancellationToken).ConfigureAwait(false));

    /// <summary>Whether every mention and owner of the item is known here.</summary>
    public bool Knows(int itemId) => _facts.ContainsKey(itemId);

    /// <summary>Every mention of a known item.</summary>
    public List<MentionFacts> Facts(int itemId) => _facts[itemId];

    /// <summary>The person ids stored as a known item's owners.</summary>
    public List<int> Owners(int itemId) => _owners[itemId];

    /// <summary>An item made by this transaction: all its mentions and owners are the ones given.</summary>
    public void Born(ActionItem item, List<MentionFacts> facts, List<int> owners)
    {
        items.Add(item);
        _facts[item.Id] = facts;
        _owners[item.Id] = owners;
    }

    /// <summary>A new mention of a known item, written by this transaction.</summary>
    public void Mentioned(int itemId, MentionFacts facts) => _facts[itemId].Add(facts);

    /// <summary>The owners stored for a known item now.</summary>
    public void Owned(int itemId, List<int> owners) => _owners[itemId] = owners;

    /// <summary>
    /// Items worked out again through the context (by a file rewritten in place): each takes the
    /// state it was saved with, or goes when it was removed; what was known of their mentions is dropped.
    /// </summary>
    public void Refreshed(IReadOnlySet<int> itemIds, IReadOnlyList<ActionItem> refreshed)
    {
        var byId = refreshed.ToDictionary(a => a.Id);
        for (var i = items.Count - 1; i >= 0; i--)
        {
            var id = items[i].Id;
            if (itemIds.Contains(id))
            {
                if (byId.TryGetValue(id, out var item))
                {
                    items[i] = item;
                }
                else
                {
                    items.RemoveAt(i);
                }

                _facts.Remove(id);
                _owners.Remove(id);
            }
        }
    }

    /// <summary>Reads every mention and owner of these items, as the transaction has written them so far.</summary>
    public async Task LearnAsync(DocketDbContext db, IReadOnlyCollection<int> itemIds, CancellationToken cancellationToken)
    {
        var ids = itemIds.ToList();
        foreach (var facts in await MentionFacts.Of(db, ids).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            (_facts.TryGetValue(facts.ItemId, out var list) ? list : _facts[facts.ItemId] = []).Add(facts);
        }

        foreach (var id in ids)
        {
            _facts.TryAdd(id, []);
            _owners[id] = [];
        }

        foreach (var owner in await db.ActionAssignees.Where(a => ids.Contains(a.ActionItemId)).Select(a => new { a.ActionItemId, a.PersonId }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            _owners[owner.ActionItemId].Add(owner.PersonId);
        }
    }
}

/// <summary>What working out an item's state needs of one of its mentions.</summary>
internal sealed record MentionFacts(int ItemId, int MeetingId, LocalDate? Date, int SourceId, int Ordinal, int Position, bool Done, bool Dropped, string Text, List<string> Assignees)
{
    /// <summary>The facts of every mention of these items.</summary>
    public static IQueryable<MentionFacts> Of(DocketDbContext db, List<int> itemIds) =>
        db.ActionMentions
            .Where(m => itemIds.Contains(m.ActionItemId))
            .Select(m => new MentionFacts(m.ActionItemId, m.MeetingId, m.Meeting.Date, m.Meeting.SourceId, m.Meeting.Ordinal, m.Position, m.Done, m.Dropped, m.Text, m.Assignees));

    /// <summary>The facts of a mention about to be written with its meeting.</summary>
    public static MentionFacts Of(ActionMention mention, Meeting meeting) =>
        new(mention.ActionItemId, meeting.Id, meeting.Date, meeting.SourceId, meeting.Ordinal, mention.Position, mention.Done, mention.Dropped, mention.Text, mention.Assignees);
}
