using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Pipeline.Storage;

/// <summary>
/// PostgreSQL: keeps <see cref="DateTimeOffset"/> as timestamptz but writes it at offset 0,
/// which Npgsql requires; a value made with <c>DateTimeOffset.Now</c> would otherwise fail.
/// </summary>
internal sealed class UtcTimestampConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
