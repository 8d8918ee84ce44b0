namespace Docket.Meetings.Templates;

internal enum SchemaKind
{
    Scalar,
    Object,
    List,
    Any,
}
