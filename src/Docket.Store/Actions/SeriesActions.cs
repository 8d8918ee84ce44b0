using Docket.Store.Import;
using Docket.Store.Model;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Docket.Store.Actions;

/// <summary>
/// A series' action items as stored, untracked, for the files of one import transaction: read once,
/// then kept current by the files that add and carry items (<see cref="ActionLinker"/>). For the
/// items it knows whole (made by the transaction, or read with <see cref="LearnAsync"/>) it also
/// keeps every mention and owner, so that working out a carried item's state again asks the store
/// nothing. Valid only while the transaction holds the store's write lock, and forgotten after a
/// file that rolled back.
/// </summary>
internal sealed class SeriesActions(int seriesId, List<ActionItem> items)
{
    private readonly Dictionary<int, List<MentionFacts>> _facts = [];
    private readonly Dictionary<int, List<int>> _owners = [];

    /// <summary>
    /// Every item of the series in id order, oldest first (read so, and items born later have larger
    /// ids); replaced in place or extended as files link theirs.
    /// </summary>
    public List<ActionItem> Items => items;

    /// <summary>
    /// Reads the series' items with the transaction's prepared queries: files of a series are often
    /// not next to each other, so a large import reads a series again in many transactions.
    /// </summary>
    public static async Task<SeriesActions> LoadAsync(BulkRows rows, int seriesId, CancellationToken cancellationToken) =>
        new(seriesId, await rows.ReadAsync<ActionItem>("""FROM "Actions" t WHERE t."SeriesId" = @p0 ORDER BY t."Id" """, [seriesId], cancellationToken).ConfigureAwait(false));

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

    /// <summary>
    /// Reads every mention and owner of every item of the series, as the transaction has written
    /// them so far, once a file carries an item the transaction does not know whole: two queries for
    /// the series instead of two per carried item. A series whose files carry nothing from an
    /// earlier transaction is never read whole.
    /// </summary>
    public async Task LearnAsync(BulkRows rows, CancellationToken cancellationToken)
    {
        _facts.Clear();
        _owners.Clear();
        foreach (var item in items)
        {
            _facts[item.Id] = [];
            _owners[item.Id] = [];
        }

        foreach (var facts in await rows.QueryAsync(MentionFacts.OfSeries, [seriesId], MentionFacts.Read, cancellationToken).ConfigureAwait(false))
        {
            (_facts.TryGetValue(facts.ItemId, out var known) ? known : _facts[facts.ItemId] = []).Add(facts);
        }

        const string Owners = """SELECT o."ActionItemId", o."PersonId" FROM "ActionAssignees" o JOIN "Actions" a ON a."Id" = o."ActionItemId" WHERE a."SeriesId" = @p0""";
        foreach (var (item, person) in await rows.QueryAsync(Owners, [seriesId], r => (r.Reader.GetInt32(0), r.Reader.GetInt32(1)), cancellationToken).ConfigureAwait(false))
        {
            (_owners.TryGetValue(item, out var known) ? known : _owners[item] = []).Add(person);
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

    /// <summary>The facts of every mention of every item of one series, <c>@p0</c>, read by <see cref="Read"/>.</summary>
    public const string OfSeries = """
        SELECT m."ActionItemId", m."MeetingId", t."Date", t."SourceId", t."Ordinal", m."Position", m."Done", m."Dropped", m."Text", m."Assignees"
        FROM "ActionMentions" m JOIN "Meetings" t ON t."Id" = m."MeetingId" JOIN "Actions" a ON a."Id" = m."ActionItemId"
        WHERE a."SeriesId" = @p0
        """;

    public static MentionFacts Read(BulkRows.RowReader row) => new(
        row.Get<ActionMention, int>(0, nameof(ActionMention.ActionItemId)),
        row.Get<ActionMention, int>(1, nameof(ActionMention.MeetingId)),
        row.Get<Meeting, LocalDate?>(2, nameof(Meeting.Date)),
        row.Get<Meeting, int>(3, nameof(Meeting.SourceId)),
        row.Get<Meeting, int>(4, nameof(Meeting.Ordinal)),
        row.Get<ActionMention, int>(5, nameof(ActionMention.Position)),
        row.Get<ActionMention, bool>(6, nameof(ActionMention.Done)),
        row.Get<ActionMention, bool>(7, nameof(ActionMention.Dropped)),
        row.Get<ActionMention, string>(8, nameof(ActionMention.Text)),
        row.Get<ActionMention, List<string>>(9, nameof(ActionMention.Assignees)));

    /// <summary>The order of mentions in the notes: by date (undated first), then file, meeting in the file, and place in the meeting.</summary>
    public static int Compare(MentionFacts a, MentionFacts b)
    {
        var order = (a.Date ?? LocalDate.MinIsoValue).CompareTo(b.Date ?? LocalDate.MinIsoValue);
        if (order == 0)
        {
            order = a.SourceId.CompareTo(b.SourceId);
        }

        if (order == 0)
        {
            order = a.Ordinal.CompareTo(b.Ordinal);
        }

        return order != 0 ? order : a.Position.CompareTo(b.Position);
    }

    /// <summary>The facts of a mention about to be written with its meeting.</summary>
    public static MentionFacts Of(ActionMention mention, Meeting meeting) =>
        new(mention.ActionItemId, meeting.Id, meeting.Date, meeting.SourceId, meeting.Ordinal, mention.Position, mention.Done, mention.Dropped, mention.Text, mention.Assignees);
}
