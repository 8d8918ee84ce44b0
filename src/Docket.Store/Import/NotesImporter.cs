using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Docket.Store.Storage;
using NodaTime;

namespace Docket.Store.Import;

/// <summary>
/// Stores notes files. Each file is atomic: an error or a killed process leaves nothing of it. An
/// unchanged file is skipped; a changed one updates its meetings in place.
/// </summary>
public sealed class NotesImporter(StoreProvider provider, IClock clock)
{
    /// <summary>How many files are read ahead of the writer.</summary>
    private const int ReadAhead = 32;

    /// <summary>How long one transaction of <see cref="ImportAllAsync"/> gathers files, at most, by default.</summary>
    public static TimeSpan DefaultBatchTime => ImportBatch.DefaultTime;

    /// <summary>How long one transaction of <see cref="ImportAllAsync"/> gathers files (tests make it long, to hold many files).</summary>
    internal TimeSpan BatchTime { get; init; } = ImportBatch.DefaultTime;

    /// <summary>Reads and stores one file, in a transaction of its own. Problems in the file are returned, not thrown.</summary>
    public async Task<FileImport> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default)
    {
        // Parse before taking the database's write lock: the slow part needs no lock.
        var (file, failure) = PreparedFile.Prepare(request);
        if (file is null)
        {
            return failure!;
        }

        var batch = await ImportBatch.BeginAsync(provider, clock, BatchTime, cancellationToken).ConfigureAwait(false);
        await using (batch.ConfigureAwait(false))
        {
            await batch.AddAsync(file, cancellationToken).ConfigureAwait(false);
            return (await batch.CommitAsync(cancellationToken).ConfigureAwait(false))[0];
        }
    }

    /// <summary>
    /// Reads and stores many files, in order, and yields what happened to each once it is committed:
    /// a file reported stored is stored. Files are read and parsed on another thread while earlier
    /// ones are written, and written in batches of several files per transaction, each file in a
    /// savepoint of its own, so a failed file takes nothing else with it. Enumerating
    /// <paramref name="requests"/> (reading the files) happens on that other thread.
    /// </summary>
    public async IAsyncEnumerable<FileImport> ImportAllAsync(IEnumerable<ImportRequest> requests, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var prepared = Channel.CreateBounded<(PreparedFile? File, FileImport? Failure)>(
            new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadAsync(requests, prepared.Writer, stop.Token), CancellationToken.None);
        ImportSession? session = null;
        ImportBatch? batch = null;
        long? firstMark = null;
        try
        {
            await foreach (var (file, failure) in prepared.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                if (file is null)
                {
                    yield return failure!;
                    continue;
                }

                if (batch is not null && (batch.IsFull || batch.Holds(file.Path)))
                {
                    foreach (var done in await batch.CommitAsync(cancellationToken).ConfigureAwait(false))
                    {
                        yield return done;
                    }

                    await batch.DisposeAsync().ConfigureAwait(false);
                    batch = null;
                }

                session ??= await ImportSession.OpenAsync(provider, clock, cancellationToken).ConfigureAwait(false);
                batch ??= await ImportBatch.BeginAsync(session, BatchTime, cancellationToken).ConfigureAwait(false);
                firstMark ??= batch.SearchMark;
                await batch.AddAsync(file, cancellationToken).ConfigureAwait(false);
            }

            if (batch is not null)
            {
                foreach (var done in await batch.CommitAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return done;
                }

                await batch.DisposeAsync().ConfigureAwait(false);
                batch = null;
            }

            // Everything is stored and reported; a large import leaves the search index in pieces.
            if (firstMark is { } mark)
            {
                await ImportBatch.SettleSearchAsync(provider, mark, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            if (batch is not null)
            {
                await batch.DisposeAsync().ConfigureAwait(false);
            }

            if (session is not null)
            {
                await session.DisposeAsync().ConfigureAwait(false);
            }

            await reading.ConfigureAwait(false);
        }
    }

    private static async Task ReadAsync(IEnumerable<ImportRequest> requests, ChannelWriter<(PreparedFile?, FileImport?)> writer, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var request in requests)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await writer.WriteAsync(PreparedFile.Prepare(request), cancellationToken).ConfigureAwait(false);
            }

            writer.Complete();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            writer.TryComplete();
        }
        catch (Exception e)
        {
            // The writer side sees it when it reaches this point of the files.
            writer.TryComplete(e);
        }
    }
}
