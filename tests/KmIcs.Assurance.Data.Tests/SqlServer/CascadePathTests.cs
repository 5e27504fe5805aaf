using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KmIcs.Assurance.Data.Tests.SqlServer;

/// <summary>
/// SQL Server refuses a foreign key that would give a table two cascading paths from one table, or a cascading cycle
/// (error 1785, "may cause cycles or multiple cascade paths"), where SQLite and PostgreSQL accept both. The rule is
/// checked here on the model as the SQL Server provider maps it, because no SQL Server runs on the build machines.
/// </summary>
public class CascadePathTests
{
    [Fact]
    public void No_table_is_reached_by_two_cascading_delete_paths_or_a_cascading_cycle()
    {
        using var db = SqlServerModel.CreateContext();
        var tables = SqlServerModel.DesignTimeModel(db).GetRelationalModel().Tables.ToList();
        var cascading = tables
            .SelectMany(t => t.ForeignKeyConstraints)
            .Where(fk => fk.OnDeleteAction is ReferentialAction.Cascade or ReferentialAction.SetNull or ReferentialAction.SetDefault)
            .ToLookup(fk => fk.PrincipalTable.Name, fk => new Edge(fk.PrincipalTable.Name, fk.Table.Name));

        var problems = tables.SelectMany(start => ProblemsFrom(start.Name, cascading)).Distinct().ToList();

        Assert.True(problems.Count == 0, "Cascading deletes SQL Server would refuse (error 1785):\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Two_cascading_paths_to_one_table_are_found_and_named()
    {
        var shapes = new[] { ("Tenants", "Organisations"), ("Tenants", "Memberships"), ("Organisations", "Links"), ("Memberships", "Links") };

        var problems = ProblemsFrom("Tenants", shapes.ToLookup(s => s.Item1, s => new Edge(s.Item1, s.Item2)));

        Assert.Equal(["Tenants reaches Links by 2 cascading paths: Tenants -> Memberships -> Links | Tenants -> Organisations -> Links"], problems);
    }

    [Fact]
    public void A_cascading_cycle_is_found_and_named()
    {
        var problems = ProblemsFrom("Organisations", new[] { new Edge("Organisations", "Organisations") }.ToLookup(e => e.From));

        Assert.Equal(["cycle: Organisations -> Organisations"], problems);
    }

    private sealed record Edge(string From, string To);

    /// <summary>Every cascading path from <paramref name="start"/>, walked depth first: a table met twice on one path is a cycle, a table reached by two paths is the other refusal.</summary>
    private static List<string> ProblemsFrom(string start, ILookup<string, Edge> cascading)
    {
        var pathsTo = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var problems = new List<string>();
        Walk([start]);
        foreach (var (table, paths) in pathsTo.Where(p => p.Value.Count > 1).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            problems.Add($"{start} reaches {table} by {paths.Count} cascading paths: {string.Join(" | ", paths.Order(StringComparer.Ordinal))}");
        }

        return problems;

        void Walk(List<string> path)
        {
            foreach (var edge in cascading[path[^1]])
            {
                if (path.Contains(edge.To))
                {
                    problems.Add("cycle: " + string.Join(" -> ", path.Append(edge.To)));
                    continue;
                }

                var next = path.Append(edge.To).ToList();
                if (!pathsTo.TryGetValue(edge.To, out var paths))
                {
                    pathsTo[edge.To] = paths = [];
                }

                paths.Add(string.Join(" -> ", next));
                Walk(next);
            }
        }
    }
}
