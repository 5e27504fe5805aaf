using System.CommandLine;
using KmIcs.Assurance.Data.Identity;

namespace KmIcs.Assurance.Cli.Commands;

/// <summary>The options invite and create-user share.</summary>
internal static class AccountArguments
{
    public static Option<string> Tenant(bool required) => new("--tenant") { Description = "The tenant's slug, e.g. kent-medway.", Required = required };

    public static Option<string> Email() => new("--email") { Description = "The person's email address; it is also their user name.", Required = true };

    public static Option<string?> Name() => new("--name") { Description = "The person's full name (default: the email address)." };

    public static Option<string[]> Roles() => new("--role")
    {
        Description = "A role: " + string.Join(", ", TenantRoles.AllNames) + ". Repeat for several.",
        Required = true,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string[]> Organisations() => new("--organisation")
    {
        Description = "An organisation a lead partner acts for, by name, short name or alias (e.g. KCC). Repeat for several.",
    };
}
