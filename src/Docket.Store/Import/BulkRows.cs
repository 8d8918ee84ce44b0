using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Docket.Store.Import;

/// <summary>
/// Inserts new rows without change tracking, inside one writing transaction: one prepared
/// <c>INSERT</c> per table for the whole transaction (<see cref="StoreProvider.PrepareInsert"/>),
/// given each row's values, with the generated key (if the table has one) read back into the entity. Columns, names and value conversions come
/// from the EF model, so the rows are the ones <c>SaveChanges</c> would write, on either provider.
/// An import writes tens of rows per meeting; tracking each one cost more than parsing the notes.
/// </summary>
internal sealed class BulkRows(DocketDbContext db, WriteCommands commands, StoreProvider provider)
{
    private static readonly ConcurrentDictionary<(IModel, Type), Table> Tables = new();

    public WriteCommands Commands => commands;

    /// <summary>Inserts <paramref name="rows"/> (their generated keys unset) and sets each one's key.</summary>
    public async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = Tables.GetOrAdd((db.Model, typeof(T)), key => Table.Of(db, key.Item2));
        var insert = commands.Get(table, transaction => provider.PrepareInsert(transaction, table.Sql, table.KeyColumn, table.Parameters));
        foreach (var row in rows)
        {
            for (var i = 0; i < table.Columns.Length; i++)
            {
                var column = table.Columns[i];
                var value = column.Read.GetClrValueUsingContainingEntity(row);
                insert.Bind(i, value is null ? null : column.Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value);
            }

            var id = await insert.ExecuteAsync(cancellationToken).ConfigureAwait(false);
            if (table.Key is { } key)
            {
                key.SetValue(row, Convert.ChangeType(id!.Value, key.FieldType, CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>Sets a property EF maps but the model keeps private (a foreign key such as <c>MeetingId</c>) on a row not tracked.</summary>
    public void Set<T>(T row, string property, object? value)
        where T : class =>
        Field(db.Model.FindEntityType(typeof(T))?.FindProperty(property), typeof(T)).SetValue(row, value);

    // The backing field: a private setter declared on a base class (MeetingItem.MeetingId) is not
    // reachable through the derived type's PropertyInfo.
    private static FieldInfo Field(IProperty? property, Type type) =>
        property?.FieldInfo ?? throw new InvalidOperationException($"{type.Name}: the property has no backing field EF knows.");

    private sealed record Column(string Parameter, RelationalTypeMapping Mapping, bool Nullable, IClrPropertyGetter Read);

    // Key: the generated key's field, read back after the insert; null for a table whose key the row already holds.
    private sealed record Table(string Sql, Column[] Columns, FieldInfo? Key, string? KeyColumn)
    {
        public IReadOnlyList<InsertColumn> Parameters { get; } = [.. Columns.Select(c => new InsertColumn(c.Parameter, c.Mapping, c.Nullable))];

        public static Table Of(DocketDbContext db, Type type)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not an entity.");
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var keys = entity.FindPrimaryKey()!.Properties;
            var generated = keys.Count == 1 && keys[0].ValueGenerated == ValueGenerated.OnAdd ? keys[0] : null;
            var sql = db.GetService<ISqlGenerationHelper>();
            var columns = new List<Column>();
            var names = new List<string>();
            foreach (var property in entity.GetProperties())
            {
                if (property == generated || property.GetColumnName(store) is not { } name)
                {
                    continue;
                }

                names.Add(sql.DelimitIdentifier(name));
                columns.Add(new Column(sql.GenerateParameterName($"p{columns.Count.ToString(CultureInfo.InvariantCulture)}"), property.GetRelationalTypeMapping(), property.IsNullable, property.GetGetter()));
            }

            var text = $"INSERT INTO {sql.DelimitIdentifier(store.Name, store.Schema)} ({string.Join(", ", names)}) "
                + $"VALUES ({string.Join(", ", columns.Select(c => c.Parameter))})";
            return generated is null
                ? new Table(text, [.. columns], null, null)
                : new Table(text, [.. columns], Field(generated, type), sql.DelimitIdentifier(generated.GetColumnName(store)!));
        }
    }
}
