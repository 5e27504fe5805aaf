using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KmIcs.Assurance.Data.Tests.SqlServer;

/// <summary>
/// SQL Server limits an index key: 900 bytes for a clustered index (our primary keys), 1700 bytes for a nonclustered
/// one, and no <c>nvarchar(max)</c> at all. A key over the limit is created with a warning and then refuses the first
/// long value, so it is checked here, on the model as the SQL Server provider maps it, at the widest each column allows.
/// </summary>
public partial class IndexKeySizeTests
{
    private const int ClusteredLimit = 900;
    private const int NonclusteredLimit = 1700;

    /// <summary>The widest value each fixed-size store type takes in a key.</summary>
    private static readonly Dictionary<string, int> FixedSizes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["uniqueidentifier"] = 16,
        ["bit"] = 1,
        ["int"] = 4,
        ["bigint"] = 8,
        ["date"] = 3,
        ["datetime2"] = 8,
        ["datetimeoffset"] = 10,
        ["decimal(18,4)"] = 9,
    };

    [Fact]
    public void Every_primary_key_and_index_fits_sql_servers_key_limits_with_no_unbounded_column()
    {
        using var db = SqlServerModel.CreateContext();
        var problems = new List<string>();
        foreach (var table in SqlServerModel.DesignTimeModel(db).GetRelationalModel().Tables)
        {
            if (table.PrimaryKey is { } primaryKey)
            {
                problems.AddRange(Check(table.Name, primaryKey.Name, primaryKey.Columns, ClusteredLimit));
            }

            foreach (var unique in table.UniqueConstraints.Where(u => !u.GetIsPrimaryKey()))
            {
                problems.AddRange(Check(table.Name, unique.Name, unique.Columns, NonclusteredLimit));
            }

            foreach (var index in table.Indexes)
            {
                problems.AddRange(Check(table.Name, index.Name, index.Columns, NonclusteredLimit));
            }
        }

        Assert.True(problems.Count == 0, "Keys SQL Server would refuse or truncate:\n" + string.Join('\n', problems));
    }

    [Theory]
    [InlineData("nvarchar(300)", 600)]
    [InlineData("varchar(300)", 300)]
    [InlineData("varbinary(64)", 64)]
    [InlineData("uniqueidentifier", 16)]
    [InlineData("nvarchar(max)", null)]
    [InlineData("varbinary(max)", null)]
    [InlineData("xml", null)]
    public void A_store_type_takes_its_widest_size_in_a_key_and_an_unbounded_one_has_none(string storeType, int? bytes)
    {
        Assert.Equal(bytes, KeyBytes(storeType));
    }

    private static IEnumerable<string> Check(string table, string key, IEnumerable<IColumn> columns, int limit)
    {
        var sizes = columns.Select(c => (Column: c, Bytes: KeyBytes(c.StoreType))).ToList();
        foreach (var (column, _) in sizes.Where(s => s.Bytes is null))
        {
            yield return $"{table}.{key}: column {column.Name} is {column.StoreType}, which has no bounded key size; give it a maximum length";
        }

        var total = sizes.Sum(s => s.Bytes ?? 0);
        if (total > limit)
        {
            yield return $"{table}.{key}: {total} bytes ({string.Join(" + ", sizes.Select(s => $"{s.Column.Name} {s.Column.StoreType}"))}) is over SQL Server's {limit}";
        }
    }

    /// <summary>Bytes a column of <paramref name="storeType"/> may take in a key; null for unbounded or unknown types.</summary>
    private static int? KeyBytes(string storeType)
    {
        if (FixedSizes.TryGetValue(storeType, out var fixedSize))
        {
            return fixedSize;
        }

        var sized = SizedType().Match(storeType);
        if (!sized.Success)
        {
            return null;
        }

        var length = int.Parse(sized.Groups["length"].Value, CultureInfo.InvariantCulture);
        return sized.Groups["national"].Success ? 2 * length : length;
    }

    [GeneratedRegex("^(?<national>n)?(var)?(char|binary)\\((?<length>[0-9]+)\\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizedType();
}
