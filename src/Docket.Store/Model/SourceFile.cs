using NodaTime;

namespace Docket.Store.Model;

/// <summary>A notes file that was imported: what it held when, so an unchanged file is skipped.</summary>
public sealed class SourceFile
{
    private SourceFile()
    {
        Path = Sha256 = "";
    }

    public SourceFile(string path, Series series)
    {
        ArgumentNullException.ThrowIfNull(series);
        Path = Texts.Require(path, nameof(path));
        Series = series;
        Sha256 = "";
    }

    public int Id { get; private set; }

    /// <summary>The full path the file was imported from; the file's identity.</summary>
    public string Path { get; private set; }

    public int SeriesId { get; private set; }

    public Series Series { get; private set; } = null!;

    /// <summary>SHA-256 of the content, lower-case hex.</summary>
    public string Sha256 { get; private set; }

    public long Length { get; private set; }

    public Instant ImportedAt { get; private set; }

    public List<Meeting> Meetings { get; private set; } = [];

    public void Record(string sha256, long length, Instant importedAt)
    {
        Sha256 = Texts.Require(sha256, nameof(sha256));
        Length = length;
        ImportedAt = importedAt;
    }

    public void MoveTo(Series series) => Series = series ?? throw new ArgumentNullException(nameof(series));
}
