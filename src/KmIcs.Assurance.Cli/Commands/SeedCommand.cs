using System.CommandLine;
using KmIcs.Assurance.Data;
using KmIcs.Assurance.Data.Configuration;
using KmIcs.Assurance.Data.Seeding;
using KmIcs.Assurance.Data.StrategyDocuments;
using Microsoft.Extensions.Logging.Abstractions;

namespace KmIcs.Assurance.Cli.Commands;

internal static class SeedCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var tenant = new Option<string>("--tenant") { Description = "Tenant slug; its seed folder is <seed-root>/<tenant>.", Required = true };
        var seedRoot = new Option<string?>("--seed-root") { Description = "Folder holding seed data sets (default: the seed/ folder next to this program)." };
        var command = new Command("seed", "Migrate the database and import a tenant's seed data set. A tenant that exists is left unchanged.")
        {
            provider, connection, tenant, seedRoot,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            SeedSet seed;
            try
            {
                seed = SeedSet.Read(SeedLocation.TenantFolder(result.GetValue(tenant)!, result.GetValue(seedRoot)));
            }
            catch (SeedDataException problem)
            {
                await error.WriteLineAsync(problem.Message);
                return 2;
            }

            var database = DatabaseArguments.Resolve(result, provider, connection);
            await using var db = database.CreateContext();
            await new DatabaseInitializer(db, NullLogger<DatabaseInitializer>.Instance).MigrateAsync(cancellationToken);
            var outcome = await new TenantSeedImporter(db, TimeProvider.System).ImportAsync(seed, cancellationToken);
            await output.WriteLineAsync(outcome.Message);
            return 0;
        });
        return command;
    }
}
