using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Docket.Store.Import;

/// <summary>
/// Inserts new rows without change tracking, inside the context's current transaction: one
/// prepared <c>INSERT … RETURNING</c> per table, reused per row, the generated key written back to
/// the entity. Columns, names and value conversions come from the EF model, so the rows are the
/// ones <c>SaveChanges</c> would write, on either provider. An import writes tens of rows per
/// meeting; tracking each one cost more than parsing the notes.
/// </summary>
internal static class BulkRows
{
    private static readonly ConcurrentDictionary<(IModel, Type), Table> Tables = new();

    /// <summary>Inserts <paramref name="rows"/> (their keys unset) and sets each one's generated key.</summary>
    public static async Task InsertAsync<T>(DocketDbContext db, IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk rows are written inside the import's transaction.");
        var table = Tables.GetOrAdd((db.Model, typeof(T)), key => Table.Of(db, key.Item2));
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = table.Sql;

        // One set of parameters, made once and given each row's values: the statement is prepared
        // once, and a row costs only its values.
        var parameters = new System.Data.Common.DbParameter[table.Columns.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var column = table.Columns[i];
            parameters[i] = column.Mapping.CreateParameter(command, column.Parameter, null, column.Nullable);
            command.Parameters.Add(parameters[i]);
        }

        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                var column = table.Columns[i];
                var value = column.Read.GetClrValueUsingContainingEntity(row);
                parameters[i].Value = (value is null ? null : column.Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
            }

            var id = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            table.Key.SetValue(row, Convert.ToInt32(id, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Sets a property EF maps but the model keeps private (a foreign key such as <c>MeetingId</c>) on a row not tracked.</summary>
    public static void Set<T>(DocketDbContext db, T row, string property, object? value)
        where T : class =>
        Field(db.Model.FindEntityType(typeof(T))?.FindProperty(property), typeof(T)).SetValue(row, value);

    // The backing field: a private setter declared on a base class (MeetingItem.MeetingId) is not
    // reachable through the derived type's PropertyInfo.
    private static FieldInfo Field(IProperty? property, Type type) =>
        property?.FieldInfo ?? throw new InvalidOperationException($"{type.Name}: the property has no backing field EF knows.");

    private sealed record Column(string Parameter, RelationalTypeMapping Mapping, bool Nullable, IClrPropertyGetter Read);

    private sealed record Table(string Sql, Column[] Columns, FieldInfo Key)
    {
        public static Table Of(DocketDbContext db, Type type)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not an entity.");
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var key = entity.FindPrimaryKey()!.Properties.Single();
            var sql = db.GetService<ISqlGenerationHelper>();
            var columns = new List<Column>();
            var names = new List<string>();
            foreach (var property in entity.GetProperties())
            {
                if (property == key || property.GetColumnName(store) is not { } name)
                {
                    continue;
                }

                names.Add(sql.DelimitIdentifier(name));
                columns.Add(new Column(sql.GenerateParameterName($"p{columns.Count.ToString(CultureInfo.InvariantCulture)}"), property.GetRelationalTypeMapping(), property.IsNullable, property.GetGetter()));
            }

            var text = $"INSERT INTO {sql.DelimitIdentifier(store.Name, store.Schema)} ({string.Join(", ", names)}) "
                + $"VALUES ({string.Join(", ", columns.Select(c => c.Parameter))}) "
                + $"RETURNING {sql.DelimitIdentifier(key.GetColumnName(store)!)}";
            return new Table(text, [.. columns], Field(key, type));
        }
    }
}
