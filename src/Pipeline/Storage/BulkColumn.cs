using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using SQLitePCL;

namespace Pipeline.Storage;

/// <summary>
/// One mapped column of a bulk insert: reads the stored value of a row and hands it to SQLite or
/// PostgreSQL without boxing it. Built once per property, from the property and its converter in
/// the EF model, as one compiled getter.
/// </summary>
internal abstract class BulkColumn<T>(string name)
{
    public string Name { get; } = name;

    public abstract int Bind(sqlite3_stmt statement, int index, T row);

    public abstract Task WriteAsync(NpgsqlBinaryImporter writer, T row, CancellationToken ct);

    public abstract NpgsqlParameter ParameterFor(T row);

    public static BulkColumn<T> For(IProperty property)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression value = Expression.MakeMemberAccess(row, property.PropertyInfo ?? (System.Reflection.MemberInfo?)property.FieldInfo
            ?? throw new NotSupportedException($"{property.Name} has no CLR member to read in a bulk insert"));
        var converter = property.GetValueConverter() ?? property.GetTypeMapping().Converter;
        if (converter is not null)
        {
            value = ToProvider(value, converter);
        }
        var read = Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(T), value.Type), value, row).Compile();
        var underlying = Nullable.GetUnderlyingType(value.Type);
        var column = underlying is null
            ? typeof(TypedBulkColumn<,>).MakeGenericType(typeof(T), value.Type)
            : typeof(NullableBulkColumn<,>).MakeGenericType(typeof(T), underlying);
        return (BulkColumn<T>)Activator.CreateInstance(column, property.GetColumnName(), read)!;
    }

    /// <summary>The converter's own expression applied to the value; a nullable property's converter is for the type under it, so null stays null.</summary>
    private static Expression ToProvider(Expression value, ValueConverter converter)
    {
        var convert = converter.ConvertToProviderExpression;
        var parameter = convert.Parameters[0];
        if (value.Type == parameter.Type)
        {
            return ReplacingExpressionVisitor.Replace(parameter, value, convert.Body);
        }
        var stored = convert.ReturnType.IsValueType ? typeof(Nullable<>).MakeGenericType(convert.ReturnType) : convert.ReturnType;
        var converted = ReplacingExpressionVisitor.Replace(parameter, Expression.Property(value, "Value"), convert.Body);
        return Expression.Condition(Expression.Property(value, "HasValue"), Expression.Convert(converted, stored), Expression.Constant(null, stored));
    }
}
