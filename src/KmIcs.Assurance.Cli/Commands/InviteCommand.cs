using System.CommandLine;
using KmIcs.Assurance.Data.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Cli.Commands;

internal static class InviteCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var tenant = AccountArguments.Tenant(required: true);
        var email = AccountArguments.Email();
        var name = AccountArguments.Name();
        var roles = AccountArguments.Roles();
        var organisations = AccountArguments.Organisations();
        var baseUrl = new Option<string>("--base-url")
        {
            Description = "The portal's address, for the link (default http://localhost:5000).",
            DefaultValueFactory = _ => "http://localhost:5000",
        };
        var command = new Command("invite", "Invite someone to a tenant with roles, and print their single-use, expiring invitation link once.")
        {
            provider, connection, tenant, email, name, roles, organisations, baseUrl,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!AccountServices.TryParseRoles(result.GetValue(roles) ?? [], out var tenantRoles, out var platformAdmin, out var unknownRoles) || platformAdmin)
            {
                await error.WriteLineAsync(platformAdmin
                    ? "platform-admin is not a tenant role: use create-user --role platform-admin."
                    : $"Unknown role {string.Join(", ", unknownRoles)}. Roles: {string.Join(", ", TenantRoles.All.Select(TenantRoles.Name))}.");
                return 2;
            }

            await using var services = await AccountServices.OpenAsync(DatabaseArguments.Resolve(result, provider, connection), "invite", cancellationToken);
            var found = await services.UseTenantAsync(result.GetValue(tenant)!, cancellationToken);
            if (found is null)
            {
                await error.WriteLineAsync($"No tenant {result.GetValue(tenant)}. Create it with create-tenant.");
                return 2;
            }

            var (organisationIds, unknown) = await services.OrganisationsAsync(result.GetValue(organisations) ?? [], cancellationToken);
            if (unknown.Count > 0)
            {
                await error.WriteLineAsync($"No organisation called {string.Join(", ", unknown)} in {found.Slug}.");
                return 2;
            }

            var address = result.GetValue(email)!;
            var invited = await services.Services.GetRequiredService<InvitationService>()
                .InviteAsync(address, result.GetValue(name) ?? address, tenantRoles, organisationIds, cancellationToken);
            if (!invited.Succeeded)
            {
                foreach (var problem in invited.Errors)
                {
                    await error.WriteLineAsync(problem.Message);
                }

                return 2;
            }

            var issued = invited.Value!;
            await output.WriteLineAsync($"Invited {address} to {found.Slug} as {MembershipService.Describe(tenantRoles)}.");
            await output.WriteLineAsync($"Invitation link (works once, until {issued.Invitation.ExpiresAtUtc:yyyy-MM-dd HH:mm} UTC; shown only now):");
            await output.WriteLineAsync(result.GetValue(baseUrl)!.TrimEnd('/') + "/account/invitation?token=" + issued.Token);
            return 0;
        });
        return command;
    }
}
