using Docket.Store.Import;
using Docket.Store.Model;
using Docket.Store.People;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NotesMeeting = Docket.Notes.Model.Meeting;

namespace Docket.Store.Actions;

/// <summary>
/// Ties each action item a meeting lists to the item it continues: the same words (or nearly the
/// same, for an open item of an earlier meeting) in the same series are the same item carried over.
/// Then works out each touched item's state from its latest mention.
/// </summary>
internal static class ActionLinker
{
    /// <summary>How alike the words of a carried item must stay to count as the same item.</summary>
    private const double SameItem = 0.75;

    /// <summary>The same, when both name the same owners: rewording is then more likely than a new item.</summary>
    private const double SameItemSameOwners = 0.6;

    /// <summary>What <see cref="ApplyAsync"/> works out: the columns a carried item's update writes (not its series or key, which are indexed).</summary>
    private static readonly string[] StateColumns =
    [
        nameof(ActionItem.Text), nameof(ActionItem.Status), nameof(ActionItem.ClosedInMeetingId), nameof(ActionItem.FirstMeetingId),
        nameof(ActionItem.LastMeetingId), nameof(ActionItem.FirstDate), nameof(ActionItem.LastDate), nameof(ActionItem.OwnerKeys),
        nameof(ActionItem.MeetingCount),
    ];

    /// <summary>How far back an open item is looked for when the words changed a little.</summary>
    private static readonly Period Lookback = Period.FromDays(200);

    /// <summary>
    /// Links the actions of these meetings and stores their mentions. <paramref name="known"/>
    /// holds the series' items as stored, untracked, and is kept so: items made here are added, and
    /// items carried here take their new state. A new file writes everything through
    /// <paramref name="bulk"/>, tracking nothing; a file rewritten in place updates items through the context.
    /// </summary>
    public static async Task LinkAsync(
        DocketDbContext db,
        BulkRows bulk,
        Model.Series series,
        SeriesActions known,
        IReadOnlyList<Meeting> stored,
        IReadOnlyList<NotesMeeting> meetings,
        PersonDirectory people,
        bool newFile,
        CancellationToken cancellationToken)
    {
        // The mentions are derived rows, written in bulk: read and dropped without tracking. A new
        // file has none yet.
        var touched = new HashSet<int>();
        if (!newFile)
        {
            var meetingIds = stored.Select(m => m.Id).ToList();
            var old = db.ActionMentions.Where(m => meetingIds.Contains(m.MeetingId));
            touched.UnionWith(await old.Select(m => m.ActionItemId).ToListAsync(cancellationToken).ConfigureAwait(false));
            if (touched.Count > 0)
            {
                await old.ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        var read = new List<(Meeting Meeting, Docket.Notes.Model.ActionItem Action, string Key)>();
        for (var i = 0; i < stored.Count; i++)
        {
            foreach (var action in meetings[i].Actions)
            {
                var key = ActionWords.Key(action.Text);
                if (key.Length > 0)
                {
                    read.Add((stored[i], action, key));
                }
            }
        }

        // Items already stored are matched against as the series holds them.
        var keys = read.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var byKey = known.Items.Where(a => keys.Contains(a.Key))
            .GroupBy(a => a.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.MinBy(a => a.Id)!, StringComparer.Ordinal);

        var dated = stored.Where(m => m.Date is not null).Select(m => m.Date!.Value).ToList();
        var recent = new List<ActionItem>();
        if (dated.Count > 0)
        {
            var since = dated.Min() - Lookback;
            var until = dated.Max();
            // In id order, as the series keeps its items, so that of equally close items the newest
            // wins (Closest keeps the last best).
            recent = known.Items
                .Where(a => (a.Status == ActionStatus.Open || a.MarkedStatus != null) && a.LastDate is { } last && last >= since && a.FirstDate <= until)
                .ToList();
        }

        // Oldest meeting first, so an item born earlier in this same file is there to be carried.
        var created = new List<ActionItem>();
        var wordsOf = new Dictionary<ActionItem, string[]>(ReferenceEqualityComparer.Instance);
        var mentions = new List<(ActionMention Mention, ActionItem Item, Meeting Meeting)>();
        foreach (var group in read.GroupBy(r => r.Meeting).OrderBy(g => g.Key.Date ?? LocalDate.MinIsoValue).ThenBy(g => g.Key.Ordinal))
        {
            var used = new HashSet<ActionItem>();
            var position = 0;
            foreach (var (meeting, action, key) in group)
            {
                var owners = OwnerKeys(action.Assignees);
                var item = byKey.TryGetValue(key, out var same) && !used.Contains(same) ? same
                    : Closest(key, owners, meeting.Date, recent.Concat(created), used, wordsOf);
                if (item is null)
                {
                    item = new ActionItem(series, key, action.Text) { OwnerKeys = owners };
                    created.Add(item);
                    byKey.TryAdd(key, item);
                }

                used.Add(item);
                var mention = new ActionMention
                {
                    ActionItem = item,
                    Text = action.Text,
                    Topic = action.Topic,
                    Done = action.Done || ActionWords.SaysDone(action.Text),
                    Dropped = ActionWords.SaysDropped(action.Text),
                    Due = action.Due,
                    Assignees = [.. action.Assignees],
                    Line = action.Line,
                    Position = position++,
                };
                mentions.Add((mention, item, meeting));
                if (item.Id != 0)
                {
                    touched.Add(item.Id);
                }

                foreach (var name in action.Assignees)
                {
                    await people.ResolveAsync(name, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        if (!newFile)
        {
            // People named for the first time get their keys (a new file's directory inserts them at once).
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        // An item born in this file has all its mentions here: its state is worked out before it
        // is written, in bulk.
        var createdSet = created.ToHashSet();
        var factsOf = mentions.Where(m => createdSet.Contains(m.Item)).GroupBy(m => m.Item)
            .ToDictionary(g => g.Key, g => g.Select(m => MentionFacts.Of(m.Mention, m.Meeting)).ToList());
        var owned = new Dictionary<ActionItem, List<int>>();
        foreach (var item in created)
        {
            owned[item] = await ApplyAsync(item, factsOf[item], people, cancellationToken).ConfigureAwait(false);
            bulk.Set(item, nameof(ActionItem.SeriesId), series.Id);
        }

        await bulk.InsertAsync(created, cancellationToken).ConfigureAwait(false);
        await bulk.InsertAsync(owned.SelectMany(o => o.Value.Select(id => new ActionAssignee { ActionItemId = o.Key.Id, PersonId = id })).ToList(), cancellationToken).ConfigureAwait(false);
        foreach (var (mention, item, meeting) in mentions)
        {
            mention.ActionItemId = item.Id;
            bulk.Set(mention, nameof(ActionMention.MeetingId), meeting.Id);
        }

        await bulk.InsertAsync(mentions.Select(m => m.Mention).ToList(), cancellationToken).ConfigureAwait(false);
        foreach (var item in created)
        {
            known.Born(item, factsOf[item], owned[item]);
        }

        if (newFile)
        {
            await CarryAsync(bulk, known, mentions, createdSet, touched, people, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var refreshed = await RefreshAsync(db, touched, people, cancellationToken).ConfigureAwait(false);
            known.Refreshed(touched, refreshed);
        }
    }

    /// <summary>
    /// Works out again the state of the stored items a new file carried, from every mention they
    /// have, and writes it. The mentions and owners come from <paramref name="known"/>, which reads
    /// those of the whole series from the store the first time the transaction carries an item it
    /// does not know whole.
    /// </summary>
    private static async Task CarryAsync(
        BulkRows bulk,
        SeriesActions known,
        List<(ActionMention Mention, ActionItem Item, Meeting Meeting)> mentions,
        HashSet<ActionItem> created,
        HashSet<int> carried,
        PersonDirectory people,
        CancellationToken cancellationToken)
    {
        if (carried.Count == 0)
        {
            return;
        }

        // Read after this file's mentions were written: they are among what is read.
        var learned = carried.Any(id => !known.Knows(id));
        if (learned)
        {
            await known.LearnAsync(bulk, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            foreach (var (mention, item, meeting) in mentions)
            {
                if (!created.Contains(item))
                {
                    known.Mentioned(item.Id, MentionFacts.Of(mention, meeting));
                }
            }
        }

        var items = mentions.Select(m => m.Item).Where(i => !created.Contains(i)).Distinct().ToList();
        var gone = new List<ActionAssignee>();
        var added = new List<ActionAssignee>();
        foreach (var item in items)
        {
            var owners = await ApplyAsync(item, known.Facts(item.Id), people, cancellationToken).ConfigureAwait(false);
            var had = known.Owners(item.Id);
            gone.AddRange(had.Where(id => !owners.Contains(id)).Select(id => new ActionAssignee { ActionItemId = item.Id, PersonId = id }));
            added.AddRange(owners.Where(id => !had.Contains(id)).Select(id => new ActionAssignee { ActionItemId = item.Id, PersonId = id }));
            known.Owned(item.Id, owners);
        }

        await bulk.UpdateAsync(items, StateColumns, cancellationToken).ConfigureAwait(false);
        await bulk.DeleteAsync(gone, cancellationToken).ConfigureAwait(false);
        await bulk.InsertAsync(added, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Works out the state, dates, owners and words of these items from their mentions; removes
    /// items no meeting mentions. Returns the items that stay, tracked, to be saved.
    /// </summary>
    public static async Task<IReadOnlyList<ActionItem>> RefreshAsync(DocketDbContext db, IReadOnlyCollection<int> itemIds, PersonDirectory people, CancellationToken cancellationToken)
    {
        if (itemIds.Count == 0)
        {
            return [];
        }

        var ids = itemIds.ToList();
        var mentions = await MentionFacts.Of(db, ids).ToListAsync(cancellationToken).ConfigureAwait(false);
        var byItem = mentions.ToLookup(m => m.ItemId);
        var items = await db.Actions.Where(a => ids.Contains(a.Id)).Include(a => a.Assignees).ToListAsync(cancellationToken).ConfigureAwait(false);
        var kept = new List<ActionItem>(items.Count);
        foreach (var item in items)
        {
            if (!byItem[item.Id].Any())
            {
                db.Actions.Remove(item);
                continue;
            }

            var personIds = await ApplyAsync(item, [.. byItem[item.Id]], people, cancellationToken).ConfigureAwait(false);
            item.Assignees.RemoveAll(a => !personIds.Contains(a.PersonId));
            foreach (var id in personIds.Where(id => item.Assignees.All(a => a.PersonId != id)))
            {
                item.Assignees.Add(new ActionAssignee { ActionItemId = item.Id, PersonId = id });
            }

            kept.Add(item);
        }

        return kept;
    }

    /// <summary>Sets an item's state, dates, owners and words from its mentions (at least one); returns its owners' person ids.</summary>
    // It sets the StateColumns and no other column: a carried item is written with those alone.
    private static async Task<List<int>> ApplyAsync(ActionItem item, List<MentionFacts> mentions, PersonDirectory people, CancellationToken cancellationToken)
    {
        // One pass, not a sort: an item carried for years has hundreds of mentions, and each file
        // that carries it again works its state out again. Of mentions in the same place, the first
        // given is first and the last given is last, as a stable sort would have them.
        var first = mentions[0];
        var last = mentions[0];
        MentionFacts? owning = null;
        var meetings = new HashSet<int>();
        foreach (var mention in mentions)
        {
            if (MentionFacts.Compare(mention, first) < 0)
            {
                first = mention;
            }

            if (MentionFacts.Compare(mention, last) >= 0)
            {
                last = mention;
            }

            if (mention.Assignees.Count > 0 && (owning is null || MentionFacts.Compare(mention, owning) >= 0))
            {
                owning = mention;
            }

            meetings.Add(mention.MeetingId);
        }

        item.Text = last.Text;
        item.FirstMeetingId = first.MeetingId;
        item.LastMeetingId = last.MeetingId;
        item.FirstDate = first.Date;
        item.LastDate = last.Date;
        item.MeetingCount = meetings.Count;
        var state = last.Done ? ActionStatus.Done : last.Dropped ? ActionStatus.Dropped : ActionStatus.Open;
        item.ClosedInMeetingId = state == ActionStatus.Open ? null : last.MeetingId;
        item.ApplyNotesStatus(state);

        var owners = owning?.Assignees ?? [];
        item.OwnerKeys = OwnerKeys(owners);
        var personIds = new List<int>();
        foreach (var name in owners)
        {
            if (await people.ResolveAsync(name, cancellationToken).ConfigureAwait(false) is { } person && person.Id != 0 && !personIds.Contains(person.Id))
            {
                personIds.Add(person.Id);
            }
        }

        return personIds;
    }

    private static string OwnerKeys(IEnumerable<string> names)
    {
        var keys = names.Select(PersonAlias.Normalize).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        return keys.Count == 0 ? "" : " " + string.Join(' ', keys) + " ";
    }

    private static ActionItem? Closest(string key, string owners, LocalDate? date, IEnumerable<ActionItem> candidates, HashSet<ActionItem> used, Dictionary<ActionItem, string[]> wordsOf)
    {
        if (key.Count(c => c == ' ') < 2)
        {
            return null;   // two words or fewer: too little to tell items apart by likeness
        }

        var words = ActionWords.Words(key);
        ActionItem? best = null;
        var bestScore = 0.0;
        foreach (var candidate in candidates)
        {
            if (used.Contains(candidate) || (date is { } d && candidate.FirstDate is { } born && born >= d))
            {
                continue;
            }

            if (!wordsOf.TryGetValue(candidate, out var theirs))
            {
                theirs = wordsOf[candidate] = ActionWords.Words(candidate.Key);
            }

            // Likeness is at most the smaller word count over the larger: most candidates stop here.
            var needed = owners.Length > 0 && owners == candidate.OwnerKeys ? SameItemSameOwners : SameItem;
            if (Math.Min(words.Length, theirs.Length) < needed * Math.Max(words.Length, theirs.Length))
            {
                continue;
            }

            var score = ActionWords.Similarity(words, theirs);
            if (score >= needed && score >= bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }
}
