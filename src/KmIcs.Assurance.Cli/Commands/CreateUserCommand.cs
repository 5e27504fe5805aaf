using System.CommandLine;
using KmIcs.Assurance.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KmIcs.Assurance.Cli.Commands;

/// <summary>
/// Creates an account that can sign in at once: password from standard input (never an argument, so it stays out of
/// shell history), email confirmed, two-factor on with a new key that is printed once for an authenticator app.
/// </summary>
internal static class CreateUserCommand
{
    public static Command Create(TextReader input, TextWriter output, TextWriter error)
    {
        var provider = DatabaseArguments.Provider();
        var connection = DatabaseArguments.Connection();
        var tenant = AccountArguments.Tenant(required: false);
        var email = AccountArguments.Email();
        var name = AccountArguments.Name();
        var roles = AccountArguments.Roles();
        var organisations = AccountArguments.Organisations();
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input.", Required = true };
        var command = new Command("create-user", "Create an account with roles in a tenant (or platform-admin), and print its two-factor setup key once.")
        {
            provider, connection, tenant, email, name, roles, organisations, passwordStdin,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!AccountServices.TryParseRoles(result.GetValue(roles) ?? [], out var tenantRoles, out var platformAdmin, out var unknownRoles))
            {
                await error.WriteLineAsync($"Unknown role {string.Join(", ", unknownRoles)}. Roles: {string.Join(", ", TenantRoles.AllNames)}.");
                return 2;
            }

            var slug = result.GetValue(tenant);
            if (tenantRoles.Count > 0 && string.IsNullOrWhiteSpace(slug))
            {
                await error.WriteLineAsync("Tenant roles need --tenant.");
                return 2;
            }

            var password = (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n');
            if (string.IsNullOrEmpty(password))
            {
                await error.WriteLineAsync("No password on standard input.");
                return 2;
            }

            await using var services = await AccountServices.OpenAsync(DatabaseArguments.Resolve(result, provider, connection), "create-user", cancellationToken);
            var found = string.IsNullOrWhiteSpace(slug) ? null : await services.UseTenantAsync(slug, cancellationToken);
            if (!string.IsNullOrWhiteSpace(slug) && found is null)
            {
                await error.WriteLineAsync($"No tenant {slug}. Create it with create-tenant.");
                return 2;
            }

            var (organisationIds, unknown) = await services.OrganisationsAsync(result.GetValue(organisations) ?? [], cancellationToken);
            if (unknown.Count > 0)
            {
                await error.WriteLineAsync($"No organisation called {string.Join(", ", unknown)} in {slug}.");
                return 2;
            }

            var address = result.GetValue(email)!;
            var memberships = services.Services.GetRequiredService<MembershipService>();
            var users = services.Services.GetRequiredService<UserManager<ApplicationUser>>();
            var created = await memberships.CreateUserAsync(address, result.GetValue(name) ?? address, password, cancellationToken);
            if (!created.Succeeded)
            {
                foreach (var problem in created.Errors)
                {
                    await error.WriteLineAsync(problem.Message);
                }

                return 2;
            }

            var user = created.Value!;
            if (found is not null)
            {
                var joined = await memberships.AddMembershipAsync(user, tenantRoles, organisationIds, joined: true, cancellationToken);
                if (!joined.Succeeded)
                {
                    await users.DeleteAsync(user);
                    foreach (var problem in joined.Errors)
                    {
                        await error.WriteLineAsync(problem.Message);
                    }

                    return 2;
                }
            }

            if (platformAdmin)
            {
                await PlatformAdmins.GrantAsync(services.Services, user);
            }

            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            var key = await users.GetAuthenticatorKeyAsync(user) ?? "";
            await output.WriteLineAsync($"Created {address}{(found is null ? "" : $" in {found.Slug} as {MembershipService.Describe(tenantRoles)}")}{(platformAdmin ? " (platform admin)" : "")}.");
            await output.WriteLineAsync("Two-factor authentication is on. Add this key to an authenticator app (shown only now):");
            await output.WriteLineAsync($"TOTP setup key: {key}");
            await output.WriteLineAsync($"otpauth://totp/Strategy%20Delivery%20Assurance:{Uri.EscapeDataString(address)}?secret={key}&issuer=Strategy%20Delivery%20Assurance&digits=6");
            return 0;
        });
        return command;
    }
}
