namespace Docket.Store.Model;

/// <summary>
/// How a series meets and how its agendas are made: the cadence, the template, the rotation of roles
/// and who takes part. One per series; a series read from notes has none until someone plans it.
/// </summary>
public sealed class SeriesPlan
{
    private SeriesPlan()
    {
        Cadence = Template = "";
    }

    public SeriesPlan(Series series, string cadence, string template)
    {
        ArgumentNullException.ThrowIfNull(series);
        Series = series;
        Cadence = Texts.Require(cadence, nameof(cadence));
        Template = Texts.Require(template, nameof(template));
    }

    /// <summary>The series' id: a plan has no identity of its own.</summary>
    public int SeriesId { get; private set; }

    public Series Series { get; private set; } = null!;

    /// <summary>The cadence in its canonical words (<c>weekly on Thursday 11:00 America/Los_Angeles for 60 minutes</c>), read back with <c>Cadence.Parse</c>.</summary>
    public string Cadence { get; private set; }

    /// <summary>A built-in template's name, or the file name a custom one was read from.</summary>
    public string Template { get; private set; }

    /// <summary>A custom template's text, checked when it was stored; <c>null</c> for a built-in one.</summary>
    public string? TemplateSource { get; private set; }

    /// <summary>Where meetings happen: a room or a call link.</summary>
    public string? Location { get; private set; }

    /// <summary>Shifts the rotation of roles so that it can start with anyone.</summary>
    public int RotationOffset { get; private set; }

    public List<SeriesMember> Members { get; private set; } = [];

    public List<SeriesRole> Roles { get; private set; } = [];

    public List<OccurrenceChange> Changes { get; private set; } = [];

    public void ChangeCadence(string cadence) => Cadence = Texts.Require(cadence, nameof(cadence));

    public void ChangeTemplate(string template, string? source)
    {
        Template = Texts.Require(template, nameof(template));
        TemplateSource = source;
    }

    public void ChangeLocation(string? location) => Location = string.IsNullOrWhiteSpace(location) ? null : location.Trim();

    public void ChangeRotationOffset(int offset) => RotationOffset = offset;
}
