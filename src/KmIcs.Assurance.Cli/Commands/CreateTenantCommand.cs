using System.CommandLine;
using KmIcs.Assurance.Data.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Cli.Commands;

internal static class CreateTenantCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var slug = new Option<string>("--slug") { Description = "The tenant's web address name, e.g. kent-medway (lower-case letters, numbers, hyphens).", Required = true };
        var name = new Option<string>("--name") { Description = "The partnership's name.", Required = true };
        var command = new Command("create-tenant", "Create a partnership (tenant). Invite its first tenant admin with invite or create-user.")
        {
            provider, connection, slug, name,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            await using var services = await AccountServices.OpenAsync(DatabaseArguments.Resolve(result, provider, connection), "create-tenant", cancellationToken);
            var created = await services.Services.GetRequiredService<MembershipService>().CreateTenantAsync(result.GetValue(slug)!, result.GetValue(name)!, cancellationToken);
            if (!created.Succeeded)
            {
                foreach (var problem in created.Errors)
                {
                    await error.WriteLineAsync(problem.Message);
                }

                return 2;
            }

            await output.WriteLineAsync($"Created tenant {created.Value!.Slug} ({created.Value.Name}).");
            return 0;
        });
        return command;
    }
}
