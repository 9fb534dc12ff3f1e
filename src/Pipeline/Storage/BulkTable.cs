using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Pipeline.Storage;

/// <summary>
/// What a bulk insert of <typeparamref name="T"/> writes, read from the EF model once per model:
/// the table, the key the database generates (if any), and the other columns in model order.
/// </summary>
internal sealed class BulkTable<T>
{
    private BulkTable(IEntityType entity)
    {
        Name = entity.GetTableName()!;
        var generated = entity.FindPrimaryKey()!.Properties is [{ ValueGenerated: not ValueGenerated.Never } key] ? key : null;
        GeneratedKey = generated?.GetColumnName();
        // A key given by the row (a document's mentions take their document's id) is written.
        Columns = [.. entity.GetProperties().Where(p => p != generated).Select(BulkColumn<T>.For)];
    }

    public string Name { get; }

    public string? GeneratedKey { get; }

    public IReadOnlyList<BulkColumn<T>> Columns { get; }

    public static BulkTable<T> Of(IEntityType entity) => new(entity);

    /// <summary>INSERT of one row with positional parameters (<paramref name="marker"/> and the column's number), handing back the generated key when asked.</summary>
    public string InsertSql(string marker, bool returningKey)
    {
        var parameters = string.Join(", ", Columns.Select((_, i) => marker + (i + 1)));
        var returning = returningKey ? " RETURNING " + Quote(GeneratedKey ?? throw new InvalidOperationException($"{Name} has no generated key to return")) : "";
        return $"INSERT INTO {Quote(Name)} ({ColumnNames()}) VALUES ({parameters}){returning}";
    }

    public string CopySql() => $"COPY {Quote(Name)} ({ColumnNames()}) FROM STDIN (FORMAT BINARY)";

    private string ColumnNames() => string.Join(", ", Columns.Select(c => Quote(c.Name)));

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
