using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Pipeline.Storage;

/// <summary>
/// SQLite: stores <see cref="DateTimeOffset"/> as a UTC <see cref="DateTime"/>, which EF writes as
/// sortable ISO text ('2025-10-09 08:30:00.123456'). Unlike DateTimeOffset columns, these can be
/// compared and ordered in queries (EF's SQLite provider refuses ORDER BY on DateTimeOffset).
/// </summary>
internal sealed class SqliteUtcTimestampConverter() : ValueConverter<DateTimeOffset, DateTime>(
    value => value.UtcDateTime,
    value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
