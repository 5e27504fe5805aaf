using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KmIcs.Assurance.Data.Tests.SqlServer;

/// <summary>
/// Dates and times are stored on SQL Server in types chosen on purpose (ADR 0011 and 0017), by the CLR type that reaches
/// the database: a DateTime holds UTC, so <c>datetime2</c> (never the legacy, 3 ms <c>datetime</c>), and that includes
/// the <c>DateTimeOffset</c> timestamps <c>UtcTimestampConverter</c> stores as UTC date-times; a DateTimeOffset stored as
/// itself keeps its offset in <c>datetimeoffset</c>; a calendar day is <c>date</c>; a time of day <c>time</c>. A property of
/// another date or time type (a TimeSpan, which <c>time</c> cannot hold past a day), or mapped to another store type,
/// fails here until someone decides how SQL Server should hold it.
/// </summary>
public class DateTimeMappingTests
{
    private static readonly Dictionary<Type, string> Decided = new()
    {
        [typeof(DateTime)] = "datetime2",
        [typeof(DateTimeOffset)] = "datetimeoffset",
        [typeof(DateOnly)] = "date",
        [typeof(TimeOnly)] = "time",
    };

    private static readonly Type[] DateAndTimeTypes = [typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly), typeof(TimeOnly), typeof(TimeSpan)];

    [Fact]
    public void Every_date_and_time_property_has_the_sql_server_store_type_decided_for_its_type()
    {
        using var db = SqlServerModel.CreateContext();
        var properties = DateAndTimeProperties(SqlServerModel.DesignTimeModel(db)).ToList();

        var undecided = properties
            .Where(p => !Decided.TryGetValue(StoredType(p), out var storeType) || p.GetColumnType() != storeType)
            .Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name} ({ClrType(p).Name} stored as {StoredType(p).Name}) is {p.GetColumnType()}")
            .ToList();

        Assert.NotEmpty(properties);
        Assert.True(undecided.Count == 0, "Date and time properties without a decided SQL Server type:\n" + string.Join('\n', undecided));
    }

    private static IEnumerable<IProperty> DateAndTimeProperties(IModel model) =>
        model.GetEntityTypes()
            .SelectMany(t => t.GetDeclaredProperties())
            .Where(p => DateAndTimeTypes.Contains(ClrType(p)));

    private static Type ClrType(IProperty property) => Unwrapped(property.ClrType);

    private static Type StoredType(IProperty property) => Unwrapped(property.GetValueConverter()?.ProviderClrType ?? property.ClrType);

    private static Type Unwrapped(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
