using System.CommandLine;
using KmIcs.Assurance.Cli.Commands;

namespace KmIcs.Assurance.Cli;

/// <summary>The operator CLI. Each command lives in its own file under <c>Commands/</c>.</summary>
public static class CliApplication
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Strategy Delivery Assurance operator commands.")
        {
            MigrateCommand.Create(output),
            SeedCommand.Create(output, error),
            ExportStrategyCommand.Create(output, error),
        };
        var parseResult = root.Parse(args);
        return await parseResult.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
