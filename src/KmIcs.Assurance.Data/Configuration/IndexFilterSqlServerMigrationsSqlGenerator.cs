using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Update;

namespace KmIcs.Assurance.Data.Configuration;

/// <summary>
/// SQL Server's migration SQL for hand-written migrations (docs/adr/0003), which carry no target model. Without one,
/// EF falls back to its 1.x rule and filters every unique index with <c>WHERE column IS NOT NULL</c> on every column,
/// NOT NULL ones included, so the migrated schema would differ from the model (and every write to such a table would
/// need the filtered-index SET options). Here a unique index gets the filter the current model gives the index of
/// that name: SQL Server's own convention, a filter on its nullable columns only, so that several NULLs stay allowed
/// as on SQLite and PostgreSQL.
/// </summary>
public sealed class IndexFilterSqlServerMigrationsSqlGenerator(
    MigrationsSqlGeneratorDependencies dependencies,
    ICommandBatchPreparer commandBatchPreparer)
    : SqlServerMigrationsSqlGenerator(dependencies, commandBatchPreparer)
{
    protected override void Generate(CreateIndexOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.IsUnique && operation.Filter is null)
        {
            operation = WithFilter(operation, ModelFilter(operation) ?? "");
        }

        base.Generate(operation, model, builder, terminate);
    }

    /// <summary>An empty filter, unlike a missing one, tells the base generator not to invent its own.</summary>
    protected override bool UseLegacyIndexFilters(CreateIndexOperation operation, IModel? model) => false;

    private string? ModelFilter(CreateIndexOperation operation) =>
        Dependencies.CurrentContext.Context.GetService<IDesignTimeModel>().Model.GetRelationalModel()
            .FindTable(operation.Table, operation.Schema)?.Indexes
            .FirstOrDefault(i => i.Name == operation.Name)?.Filter;

    private static CreateIndexOperation WithFilter(CreateIndexOperation operation, string filter)
    {
        var copy = new CreateIndexOperation
        {
            Name = operation.Name,
            Schema = operation.Schema,
            Table = operation.Table,
            Columns = operation.Columns,
            IsUnique = operation.IsUnique,
            IsDescending = operation.IsDescending,
            Filter = filter,
        };
        copy.AddAnnotations(operation.GetAnnotations());
        return copy;
    }
}
