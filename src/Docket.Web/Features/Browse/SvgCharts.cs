using System.Globalization;
using System.Text;
using System.Xml;

namespace Docket.Web.Features.Browse;

/// <summary>
/// The series page's charts as SVG written on the server: no script, no inline style (classes from
/// docket.css), a title and a description for assistive technology. Written with <see cref="XmlWriter"/>
/// so the output is well-formed whatever the numbers; it holds no user text, only dates and counts.
/// </summary>
public static class SvgCharts
{
    private const double Width = 600;
    private const double Height = 240;
    private const double Left = 40;
    private const double Right = 16;
    private const double Top = 16;
    private const double Bottom = 40;

    /// <summary>Two lines: action items open and closed by each meeting's date.</summary>
    public static string OpenClosed(IReadOnlyList<ChartPoint> points, string id)
    {
        ArgumentNullException.ThrowIfNull(points);
        var max = Math.Max(1, points.Count == 0 ? 0 : points.Max(p => Math.Max(p.Open, p.Closed)));
        var desc = points.Count == 0
            ? "No dated meetings yet."
            : Invariant($"Action items open and closed at each of {points.Count} meetings from {points[0].Label} to {points[^1].Label}: {points[^1].Open} open and {points[^1].Closed} closed at the last one.");
        return Write(id, "Open and closed action items over time", desc, max, points, w =>
        {
            Line(w, "open", points, max, p => p.Open);
            Line(w, "closed", points, max, p => p.Closed);
            Legend(w, [("open", "open"), ("closed", "closed")]);
        });
    }

    /// <summary>Bars: how many people attended each meeting.</summary>
    public static string Attendance(IReadOnlyList<ChartPoint> points, string id)
    {
        ArgumentNullException.ThrowIfNull(points);
        var max = Math.Max(1, points.Count == 0 ? 0 : points.Max(p => p.Attendees));
        var desc = points.Count == 0
            ? "No dated meetings yet."
            : Invariant($"Attendance at each of {points.Count} meetings from {points[0].Label} to {points[^1].Label}, between {points.Min(p => p.Attendees)} and {points.Max(p => p.Attendees)} people.");
        return Write(id, "Attendance per meeting", desc, max, points, w =>
        {
            var slot = PlotWidth / Math.Max(1, points.Count);
            var bar = Math.Max(1, slot * 0.7);
            for (var i = 0; i < points.Count; i++)
            {
                var y = Y(points[i].Attendees, max);
                w.WriteStartElement("rect");
                Attr(w, "class", "bar");
                Attr(w, "x", Left + (i * slot) + ((slot - bar) / 2));
                Attr(w, "y", y);
                Attr(w, "width", bar);
                Attr(w, "height", Height - Bottom - y);
                w.WriteElementString("title", Invariant($"{points[i].Label}: {points[i].Attendees}"));
                w.WriteEndElement();
            }
        });
    }

    private static double PlotWidth => Width - Left - Right;

    private static double PlotHeight => Height - Top - Bottom;

    private static double Y(int value, int max) => Top + PlotHeight - (PlotHeight * value / max);

    private static double X(int index, int count) =>
        count <= 1 ? Left + (PlotWidth / 2) : Left + (PlotWidth * index / (count - 1));

    private static string Write(string id, string title, string desc, int max, IReadOnlyList<ChartPoint> points, Action<XmlWriter> body)
    {
        var text = new StringBuilder();
        using (var w = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment }))
        {
            w.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            Attr(w, "class", "chart");
            Attr(w, "viewBox", Invariant($"0 0 {Width} {Height}"));
            Attr(w, "role", "img");
            Attr(w, "aria-labelledby", $"{id}-title {id}-desc");
            w.WriteStartElement("title");
            Attr(w, "id", id + "-title");
            w.WriteString(title);
            w.WriteEndElement();
            w.WriteStartElement("desc");
            Attr(w, "id", id + "-desc");
            w.WriteString(desc);
            w.WriteEndElement();

            AxisLine(w, Left, Top, Left, Height - Bottom);
            AxisLine(w, Left, Height - Bottom, Width - Right, Height - Bottom);
            Label(w, Left - 6, Top + 4, max.ToString(CultureInfo.InvariantCulture), "end");
            Label(w, Left - 6, Height - Bottom + 4, "0", "end");
            if (points.Count > 0)
            {
                Label(w, Left, Height - Bottom + 18, points[0].Label, "start");
                if (points.Count > 1)
                {
                    Label(w, Width - Right, Height - Bottom + 18, points[^1].Label, "end");
                }
            }

            body(w);
            w.WriteEndElement();
        }

        return text.ToString();
    }

    private static void Line(XmlWriter w, string cssClass, IReadOnlyList<ChartPoint> points, int max, Func<ChartPoint, int> value)
    {
        if (points.Count == 0)
        {
            return;
        }

        w.WriteStartElement("polyline");
        Attr(w, "class", cssClass);
        Attr(w, "points", string.Join(' ', points.Select((p, i) => Invariant($"{X(i, points.Count):0.#},{Y(value(p), max):0.#}"))));
        w.WriteEndElement();
    }

    private static void Legend(XmlWriter w, IReadOnlyList<(string CssClass, string Text)> entries)
    {
        var x = Left + 8;
        foreach (var (cssClass, text) in entries)
        {
            w.WriteStartElement("line");
            Attr(w, "class", cssClass);
            Attr(w, "x1", x);
            Attr(w, "y1", Height - 10);
            Attr(w, "x2", x + 18);
            Attr(w, "y2", Height - 10);
            w.WriteEndElement();
            Label(w, x + 22, Height - 6, text, "start");
            x += 90;
        }
    }

    private static void AxisLine(XmlWriter w, double x1, double y1, double x2, double y2)
    {
        w.WriteStartElement("line");
        Attr(w, "class", "axis");
        Attr(w, "x1", x1);
        Attr(w, "y1", y1);
        Attr(w, "x2", x2);
        Attr(w, "y2", y2);
        w.WriteEndElement();
    }

    private static void Label(XmlWriter w, double x, double y, string text, string anchor)
    {
        w.WriteStartElement("text");
        Attr(w, "x", x);
        Attr(w, "y", y);
        Attr(w, "text-anchor", anchor);
        w.WriteString(text);
        w.WriteEndElement();
    }

    private static void Attr(XmlWriter w, string name, string value) => w.WriteAttributeString(name, value);

    private static void Attr(XmlWriter w, string name, double value) => w.WriteAttributeString(name, value.ToString("0.#", CultureInfo.InvariantCulture));

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
