namespace Docket.Store.Model;

/// <summary>Someone who takes part in a series' meetings, in their own time zone; the rotation passes over those away.</summary>
public sealed class SeriesMember
{
    private SeriesMember()
    {
        Name = Zone = "";
    }

    public SeriesMember(string name, string zone, int position)
    {
        Name = Texts.Require(name, nameof(name));
        Zone = Texts.Require(zone, nameof(zone));
        Position = position;
    }

    public int Id { get; private set; }

    public int SeriesId { get; private set; }

    /// <summary>The name the rotation and the agenda show.</summary>
    public string Name { get; private set; }

    /// <summary>An IANA zone id, as NodaTime's tz database spells it.</summary>
    public string Zone { get; private set; }

    /// <summary>Away for now: keeps no role until back.</summary>
    public bool Away { get; private set; }

    /// <summary>Order in the rotation, from 0.</summary>
    public int Position { get; private set; }

    public void MoveTo(string zone) => Zone = Texts.Require(zone, nameof(zone));

    public void SetAway(bool away) => Away = away;
}
