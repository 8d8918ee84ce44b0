using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Numerics;
using System.Reflection;
using Docket.Store.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Docket.Store.Import;

/// <summary>
/// Reads and writes rows without change tracking, inside one writing transaction: one prepared
/// statement per table and kind of write for the whole transaction (<see cref="StoreProvider.PrepareWrite"/>),
/// given each row's values; an insert reads the generated key (if the table has one) back into the
/// entity. Columns, names and value conversions come from the EF model, so the rows are the ones
/// <c>SaveChanges</c> would write (and a query would read), on either provider. An import writes
/// tens of rows per meeting; tracking each one, or asking EF a query per file, cost more than
/// parsing the notes.
/// </summary>
internal sealed class BulkRows(DocketDbContext db, WriteCommands commands, StoreProvider provider)
{
    private static readonly ConcurrentDictionary<(IModel, Type), Table> Tables = new();

    public WriteCommands Commands => commands;

    /// <summary>
    /// Inserts <paramref name="rows"/> (their generated keys unset) and sets each one's key: as many
    /// rows per statement as the provider takes (<see cref="StoreProvider.MaxRowsPerInsert"/>), in
    /// statements of 1, 2, 4… rows, so a transaction prepares a handful per table.
    /// </summary>
    public async Task InsertAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        var table = TableOf(typeof(T));
        var most = provider.MaxRowsPerInsert;
        for (var first = 0; first < rows.Count;)
        {
            var count = StoreProvider.RowsInNextInsert(rows.Count - first, most);
            var insert = commands.Get(table.InsertKey(count), transaction =>
                provider.PrepareWrite(transaction, table.Insert(count), table.GeneratedKey?.Name, table.Parameters(table.Written, count)));
            for (var i = 0; i < count; i++)
            {
                Bind(insert, table.Written, rows[first + i], i * table.Written.Length);
            }

            var last = await insert.ExecuteAsync(cancellationToken).ConfigureAwait(false);
            if (table.GeneratedKey is { } key)
            {
                for (var i = 0; i < count; i++)
                {
                    key.Field.SetValue(rows[first + i], Convert.ChangeType(last!.Value - (count - 1 - i), key.Field.FieldType, CultureInfo.InvariantCulture));
                }
            }

            first += count;
        }
    }

    /// <summary>
    /// Writes the columns of <paramref name="properties"/> of <paramref name="rows"/>, each row found
    /// by its key; the caller keeps the array, which names the update prepared for the transaction.
    /// The other columns, and the indexes and foreign keys on them, are left alone: SQLite rewrites
    /// an index for every column set.
    /// </summary>
    public async Task UpdateAsync<T>(IReadOnlyList<T> rows, string[] properties, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = TableOf(typeof(T));
        var columns = Array.ConvertAll(properties, table.Column);
        var update = commands.Get((table, properties), transaction => provider.PrepareWrite(transaction, table.Update(columns), null, table.Parameters([.. columns, .. table.Key], 1)));
        foreach (var row in rows)
        {
            Bind(update, columns, row, 0);
            Bind(update, table.Key, row, columns.Length);
            await update.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Deletes the rows with the keys of <paramref name="rows"/>.</summary>
    public async Task DeleteAsync<T>(IReadOnlyList<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = TableOf(typeof(T));
        var delete = commands.Get((table, nameof(DeleteAsync)), transaction => provider.PrepareWrite(transaction, table.Delete, null, table.Parameters(table.Key, 1)));
        foreach (var row in rows)
        {
            Bind(delete, table.Key, row, 0);
            await delete.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads whole rows of <typeparamref name="T"/>, untracked: <paramref name="from"/> follows the
    /// column list and names the table <c>t</c> (see <see cref="QueryAsync{TRow}(string, IReadOnlyList{object}, Func{RowReader, TRow}, CancellationToken)"/>).
    /// </summary>
    public Task<List<T>> ReadAsync<T>(string from, IReadOnlyList<object> values, CancellationToken cancellationToken)
        where T : class
    {
        var table = TableOf(typeof(T));
        return QueryAsync($"SELECT {table.Select} {from}", values, row =>
        {
            var entity = (T)Activator.CreateInstance(typeof(T), nonPublic: true)!;
            for (var i = 0; i < table.All.Length; i++)
            {
                table.All[i].Field.SetValue(entity, table.All[i].Get(row.Reader, i));
            }

            return entity;
        }, cancellationToken);
    }

    /// <summary>
    /// Runs a query prepared once for the transaction and reads each row with <paramref name="read"/>.
    /// Its parameters are <c>@p0</c>, <c>@p1</c>… in the order of <paramref name="values"/>:
    /// provider values (numbers and text) whose types stay the same on every call.
    /// </summary>
    public async Task<List<TRow>> QueryAsync<TRow>(string sql, IReadOnlyList<object> values, Func<RowReader, TRow> read, CancellationToken cancellationToken)
    {
        var query = commands.Get(sql, command =>
        {
            command.CommandText = sql;
            for (var i = 0; i < values.Count; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = ParameterName(i);
                parameter.DbType = values[i] switch
                {
                    int => DbType.Int32,
                    long => DbType.Int64,
                    string => DbType.String,
                    var other => throw new NotSupportedException($"Bulk queries take numbers and text, not {other.GetType().Name}."),
                };
                if (parameter.DbType == DbType.String)
                {
                    parameter.Size = -1;
                }

                command.Parameters.Add(parameter);
            }
        });
        for (var i = 0; i < values.Count; i++)
        {
            query.Parameters[i].Value = values[i];
        }

        var rows = new List<TRow>();
        var reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            var row = new RowReader(this, reader);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(read(row));
            }
        }

        return rows;
    }

    /// <summary>The row a query is at, its columns read as the EF model maps them.</summary>
    public readonly struct RowReader(BulkRows rows, DbDataReader reader)
    {
        public DbDataReader Reader => reader;

        /// <summary>Column <paramref name="index"/>, read as property <paramref name="property"/> of <typeparamref name="TEntity"/> is (its value conversion included).</summary>
        public TValue Get<TEntity, TValue>(int index, string property) =>
            (TValue)rows.TableOf(typeof(TEntity)).Column(property).Get(reader, index)!;
    }

    /// <summary>Sets a property EF maps but the model keeps private (a foreign key such as <c>MeetingId</c>) on a row not tracked.</summary>
    public void Set<T>(T row, string property, object? value)
        where T : class =>
        TableOf(typeof(T)).Column(property).Field.SetValue(row, value);

    /// <summary>The name of a statement's parameter <paramref name="index"/> (from 0), as the statements here write them.</summary>
    private static string ParameterName(int index) => $"@p{index.ToString(CultureInfo.InvariantCulture)}";

    private Table TableOf(Type type) => Tables.GetOrAdd((db.Model, type), key => Table.Of(db, key.Item2));

    private static void Bind(RowWrite write, Column[] columns, object row, int first)
    {
        if (write is IStorageClassWrite typed)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                columns[i].BindTo(typed, first + i, row);
            }

            return;
        }

        for (var i = 0; i < columns.Length; i++)
        {
            write.Bind(first + i, columns[i].ToProvider(columns[i].Read.GetClrValueUsingContainingEntity(row)));
        }
    }

    // The backing field: a private setter declared on a base class (MeetingItem.MeetingId) is not
    // reachable through the derived type's PropertyInfo.
    private static FieldInfo Field(IProperty? property, Type type) =>
        property?.FieldInfo ?? throw new InvalidOperationException($"{type.Name}: the property has no backing field EF knows.");

    private sealed record Column(string Name, string Property, RelationalTypeMapping Mapping, bool Nullable, IClrPropertyGetter Read, FieldInfo Field)
    {
        public object? ToProvider(object? value) =>
            value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;

        // Compiled on first use: only SQLite's writes take it, and only for the tables an import writes.
        private Action<IStorageClassWrite, int, object>? _bindTo;

        /// <summary>Binds this column of <paramref name="row"/> to parameter <paramref name="index"/>: read, converted and bound without boxing.</summary>
        public void BindTo(IStorageClassWrite write, int index, object row) => (_bindTo ??= Binder(Field, Mapping.Converter))(write, index, row);

        // (write, index, row) => row.field is null ? write.BindNull(index) : write.BindInteger(index, (long)convert(row.field)),
        // or BindText, BindReal, Bind (object) by the provider's type, compiled once per column.
        private static Action<IStorageClassWrite, int, object> Binder(FieldInfo field, ValueConverter? converter)
        {
            var write = Expression.Parameter(typeof(IStorageClassWrite), "write");
            var index = Expression.Parameter(typeof(int), "index");
            var row = Expression.Parameter(typeof(object), "row");
            var value = Expression.Variable(field.FieldType, "value");
            var underlying = System.Nullable.GetUnderlyingType(field.FieldType);
            Expression present = underlying is null ? value : Expression.Property(value, nameof(Nullable<int>.Value));
            if (converter is not null)
            {
                var convert = converter.ConvertToProviderExpression;
                present = ReplacingExpressionVisitor.Replace(convert.Parameters[0], Cast(present, convert.Parameters[0].Type), convert.Body);
            }

            var bind = present.Type switch
            {
                var t when t == typeof(string) => Call(write, nameof(IStorageClassWrite.BindText), index, present),
                var t when t == typeof(bool) => Call(write, nameof(IStorageClassWrite.BindInteger), index, Expression.Condition(present, Expression.Constant(1L), Expression.Constant(0L))),
                var t when t == typeof(long) || t == typeof(int) || t == typeof(short) || t == typeof(byte) || t == typeof(sbyte) || t == typeof(ushort) || t == typeof(uint) =>
                    Call(write, nameof(IStorageClassWrite.BindInteger), index, Expression.Convert(present, typeof(long))),
                var t when t == typeof(double) || t == typeof(float) => Call(write, nameof(IStorageClassWrite.BindReal), index, Expression.Convert(present, typeof(double))),
                _ => Call(write, nameof(IStorageClassWrite.Bind), index, Expression.Convert(present, typeof(object))),
            };
            Expression body = underlying is not null ? Expression.IfThenElse(Expression.Property(value, nameof(Nullable<int>.HasValue)), bind, Call(write, nameof(IStorageClassWrite.BindNull), index))
                : field.FieldType.IsValueType ? bind
                : Expression.IfThenElse(Expression.ReferenceNotEqual(value, Expression.Constant(null, field.FieldType)), bind, Call(write, nameof(IStorageClassWrite.BindNull), index));
            var read = Expression.Assign(value, Expression.Field(Expression.Convert(row, field.DeclaringType!), field));
            return Expression.Lambda<Action<IStorageClassWrite, int, object>>(Expression.Block([value], read, body), write, index, row).Compile();

            static Expression Cast(Expression e, Type type) => e.Type == type ? e : Expression.Convert(e, type);

            static MethodCallExpression Call(ParameterExpression target, string method, params Expression[] arguments) =>
                Expression.Call(target, typeof(IStorageClassWrite).GetMethod(method, [.. arguments.Select(a => a.Type)])!, arguments);
        }

        /// <summary>Column <paramref name="index"/> of the reader's row, read as the provider's type and converted to the property's.</summary>
        public object? Get(DbDataReader reader, int index)
        {
            if (reader.IsDBNull(index))
            {
                return null;
            }

            var value = ReadAs(reader, index);
            return Mapping.Converter is { } converter ? converter.ConvertFromProvider(value) : value;
        }

        // The reader's typed getter: SQLite gives every integer as a long and dates as text.
        private Func<DbDataReader, int, object> ReadAs { get; } = Typed(Mapping.Converter?.ProviderClrType ?? Field.FieldType);

        private static Func<DbDataReader, int, object> Typed(Type type) =>
            typeof(Column).GetMethod(nameof(ReadTyped), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(System.Nullable.GetUnderlyingType(type) ?? type)
                .CreateDelegate<Func<DbDataReader, int, object>>();

        private static object ReadTyped<TValue>(DbDataReader reader, int index) => reader.GetFieldValue<TValue>(index)!;
    }

    /// <summary>
    /// A table's statements. Written: the columns an insert gives (all but a generated key); Key:
    /// the key's columns; All: every column, as Select reads them.
    /// </summary>
    private sealed record Table(string Name, string Select, Column[] Written, Column[] Key, Column[] All, Column? GeneratedKey)
    {
        private readonly Dictionary<string, Column> _byProperty = All.ToDictionary(c => c.Property, StringComparer.Ordinal);

        // Per number of rows (1, 2, 4…): the insert's text, and its key among a transaction's prepared statements.
        private readonly string?[] _inserts = new string?[32];
        private readonly object[] _insertKeys = [.. Enumerable.Range(0, 32).Select(_ => new object())];

        public object InsertKey(int rows) => _insertKeys[BitOperations.Log2((uint)rows)];

        /// <summary>An insert of <paramref name="rows"/> rows, their values in order, row after row.</summary>
        public string Insert(int rows) => _inserts[BitOperations.Log2((uint)rows)] ??=
            StoreProvider.InsertSql(Name, [.. Written.Select(c => c.Name)], rows, ParameterName);

        // One per table and model: it keys the transaction's prepared statements, looked up for every
        // batch of rows, so it is compared by reference rather than by all its text.
        public bool Equals(Table? other) => ReferenceEquals(this, other);

        public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

        /// <summary>An update of these columns of the row with the key given after them.</summary>
        public string Update(Column[] columns) =>
            $"UPDATE {Name} SET {string.Join(", ", columns.Select((c, i) => $"{c.Name} = {ParameterName(i)}"))} WHERE {Matches(columns.Length)}";

        /// <summary>A delete of the row with the key given.</summary>
        public string Delete => $"DELETE FROM {Name} WHERE {Matches(0)}";

        /// <summary>The key's columns equal to the parameters from <paramref name="first"/> on.</summary>
        private string Matches(int first) => string.Join(" AND ", Key.Select((c, i) => $"{c.Name} = {ParameterName(first + i)}"));

        public Column Column(string property) =>
            _byProperty.TryGetValue(property, out var column) ? column : throw new InvalidOperationException($"No column maps the property {property}.");

        /// <summary>The parameters of a statement of <paramref name="rows"/> rows of these columns.</summary>
        public IReadOnlyList<WriteColumn> Parameters(Column[] columns, int rows) =>
            [.. Enumerable.Range(0, rows).SelectMany(row => columns.Select((c, i) => new WriteColumn(ParameterName(row * columns.Length + i), c.Mapping, c.Nullable)))];

        public static Table Of(DocketDbContext db, Type type)
        {
            var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not an entity.");
            var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var keys = entity.FindPrimaryKey()!.Properties;
            var generated = keys.Count == 1 && keys[0].ValueGenerated == ValueGenerated.OnAdd ? keys[0] : null;
            var sql = db.GetService<ISqlGenerationHelper>();
            var all = new List<Column>();
            Column? generatedKey = null;
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName(store) is not { } columnName)
                {
                    continue;
                }

                var column = new Column(sql.DelimitIdentifier(columnName), property.Name, property.GetRelationalTypeMapping(), property.IsNullable, property.GetGetter(), Field(property, type));
                all.Add(column);
                if (property == generated)
                {
                    generatedKey = column;
                }
            }

            var key = all.Where(c => keys.Any(k => k.Name == c.Property)).ToArray();
            var written = all.Where(c => c != generatedKey).ToArray();
            var name = sql.DelimitIdentifier(store.Name, store.Schema);
            return new Table(
                Name: name,
                Select: string.Join(", ", all.Select(c => $"t.{c.Name}")),
                Written: written,
                Key: key,
                All: [.. all],
                GeneratedKey: generatedKey);
        }
    }
}
