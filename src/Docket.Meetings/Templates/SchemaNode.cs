namespace Docket.Meetings.Templates;

/// <summary>The shape of a value a template may read: a scalar, an object with named members, a list, or anything.</summary>
internal sealed class SchemaNode
{
    private SchemaNode(SchemaKind kind, IReadOnlyDictionary<string, SchemaNode>? members, SchemaNode? item)
    {
        Kind = kind;
        Members = members ?? new Dictionary<string, SchemaNode>();
        Item = item;
    }

    public static SchemaNode Scalar { get; } = new(SchemaKind.Scalar, null, null);

    /// <summary>A value whose shape is not known (a variable from <c>assign</c>): any member is allowed.</summary>
    public static SchemaNode Any { get; } = new(SchemaKind.Any, null, null);

    public SchemaKind Kind { get; }

    public IReadOnlyDictionary<string, SchemaNode> Members { get; }

    public SchemaNode? Item { get; }

    public static SchemaNode Object(params (string Name, SchemaNode Node)[] members) =>
        new(SchemaKind.Object, members.ToDictionary(m => m.Name, m => m.Node, StringComparer.Ordinal), null);

    public static SchemaNode List(SchemaNode item) => new(SchemaKind.List, null, item);
}
