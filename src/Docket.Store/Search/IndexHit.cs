using System.Data.Common;
using Docket.Store.Model;

namespace Docket.Store.Search;

/// <summary>A row the index found: the entry and its highlighted snippet.</summary>
public sealed record IndexHit(long EntryId, int MeetingId, SearchKind Kind, int Line, string Text, string Snippet)
{
    /// <summary>Reads every row of a provider's hit query, whose columns are: id, meeting, kind, line, text, snippet.</summary>
    public static async Task<List<IndexHit>> ReadAllAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var hits = new List<IndexHit>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hits.Add(new IndexHit(reader.GetInt64(0), reader.GetInt32(1), (SearchKind)reader.GetInt32(2), reader.GetInt32(3), reader.GetString(4), reader.GetString(5)));
        }

        return hits;
    }
}
