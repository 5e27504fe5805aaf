using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KmIcs.Assurance.Data.Configurations;

/// <summary>
/// Stores a <see cref="DateTimeOffset"/> as a UTC <see cref="DateTime"/> (docs/adr/0011). SQLite keeps a
/// DateTimeOffset as text with an offset, which EF Core refuses to compare or order in SQL; as UTC date-time text it
/// sorts correctly, so "updates submitted since" and "reminders not yet sent, oldest first" run in the database on
/// both engines. PostgreSQL stores either as <c>timestamp with time zone</c>. Values read back have offset zero.
/// </summary>
public sealed class UtcTimestampConverter() : ValueConverter<DateTimeOffset, DateTime>(
    value => value.UtcDateTime,
    value => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)));
