using System.CommandLine;
using KmIcs.Assurance.Cli.Commands;

namespace KmIcs.Assurance.Cli;

/// <summary>The operator CLI. Each command lives in its own file under <c>Commands/</c>.</summary>
public static class CliApplication
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => RunAsync(args, output, error, TextReader.Null);

    /// <summary>Runs a command; <paramref name="input"/> is standard input (create-user reads its password from it).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TextReader input)
    {
        var root = new RootCommand("Strategy Delivery Assurance operator commands.")
        {
            MigrateCommand.Create(output),
            SeedCommand.Create(output, error),
            ExportStrategyCommand.Create(output, error),
            ImportValuesCommand.Create(output, error),
            ExportValuesCommand.Create(output, error),
            PackCommand.Create(output, error),
            CreateTenantCommand.Create(output, error),
            InviteCommand.Create(output, error),
            CreateUserCommand.Create(input, output, error),
        };
        var parseResult = root.Parse(args);
        return await parseResult.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
