using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KmIcs.Assurance.Testing.Email;

/// <summary>A message the test server accepted: the envelope (MAIL FROM, RCPT TO) and the DATA as sent, dot-stuffing undone.</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> To, string Data);

/// <summary>
/// An SMTP server on a loopback port speaking just enough of RFC 5321 for a mail client to deliver to it (greeting, EHLO,
/// AUTH PLAIN, MAIL FROM, RCPT TO, DATA, RSET, NOOP, QUIT), with no TLS. It keeps what it receives, and refuses the
/// recipients it is told to refuse with 550, as a real server refuses an unknown mailbox.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<ReceivedMail> received = new();
    private readonly ConcurrentQueue<string> logins = new();
    private readonly HashSet<string> refused;
    private readonly Task accepting;

    private SmtpTestServer(IEnumerable<string> refusedRecipients)
    {
        refused = new HashSet<string>(refusedRecipients, StringComparer.OrdinalIgnoreCase);
        listener.Start();
        accepting = AcceptAsync();
    }

    public string Host => ((IPEndPoint)listener.LocalEndpoint).Address.ToString();

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>The messages accepted so far, in order.</summary>
    public IReadOnlyList<ReceivedMail> Messages => [.. received];

    /// <summary>The user names clients signed in with (AUTH PLAIN), in order.</summary>
    public IReadOnlyList<string> Logins => [.. logins];

    /// <summary>Starts a server; it answers 550 to RCPT TO for each of <paramref name="refusedRecipients"/>.</summary>
    public static SmtpTestServer Start(params string[] refusedRecipients) => new(refusedRecipients);

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting;
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        var sessions = new List<Task>();
        try
        {
            while (true)
            {
                sessions.Add(ServeAsync(await listener.AcceptTcpClientAsync(stopping.Token)));
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Disposed: the sessions still open end with the token.
        }

        await Task.WhenAll(sessions);
    }

    private async Task ServeAsync(TcpClient connection)
    {
        using var _ = connection;
        try
        {
            await using var stream = connection.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            await new Session(this, reader, writer, stopping.Token).RunAsync();
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client hung up, or the server is stopping.
        }
    }

    private sealed class Session(SmtpTestServer server, StreamReader reader, StreamWriter writer, CancellationToken stopping)
    {
        private string? from;
        private readonly List<string> to = [];

        public async Task RunAsync()
        {
            await writer.WriteLineAsync("220 localhost ESMTP test server");
            while (await reader.ReadLineAsync(stopping) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                var argument = line.Length > verb.Length ? line[(verb.Length + 1)..] : "";
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost greets " + argument);
                        await writer.WriteLineAsync("250 AUTH PLAIN");
                        break;
                    case "HELO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "AUTH":
                        await AuthenticateAsync(argument);
                        break;
                    case "MAIL":
                        from = Address(argument);
                        to.Clear();
                        await writer.WriteLineAsync("250 2.1.0 Ok");
                        break;
                    case "RCPT":
                        await RecipientAsync(Address(argument));
                        break;
                    case "DATA":
                        await DataAsync();
                        break;
                    case "RSET":
                        from = null;
                        to.Clear();
                        await writer.WriteLineAsync("250 2.0.0 Ok");
                        break;
                    case "NOOP":
                        await writer.WriteLineAsync("250 2.0.0 Ok");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 Command not implemented");
                        break;
                }
            }
        }

        // "MAIL FROM:<a@b> SIZE=1" or "RCPT TO:<a@b>": the address between the angle brackets.
        private static string Address(string argument)
        {
            var open = argument.IndexOf('<', StringComparison.Ordinal);
            var close = argument.IndexOf('>', StringComparison.Ordinal);
            return open >= 0 && close > open ? argument[(open + 1)..close] : argument;
        }

        private async Task AuthenticateAsync(string argument)
        {
            var parts = argument.Split(' ', 2);
            if (!parts[0].Equals("PLAIN", StringComparison.OrdinalIgnoreCase))
            {
                await writer.WriteLineAsync("504 5.5.4 Unrecognized authentication type");
                return;
            }

            var response = parts.Length > 1 ? parts[1] : null;
            if (response is null)
            {
                await writer.WriteLineAsync("334 ");
                response = await reader.ReadLineAsync(stopping) ?? "";
            }

            // PLAIN is "authorisation identity NUL user name NUL password" (RFC 4616).
            var fields = Encoding.UTF8.GetString(Convert.FromBase64String(response)).Split('\0');
            server.logins.Enqueue(fields.Length == 3 ? fields[1] : "");
            await writer.WriteLineAsync("235 2.7.0 Authentication successful");
        }

        private async Task RecipientAsync(string address)
        {
            if (from is null)
            {
                await writer.WriteLineAsync("503 5.5.1 Need MAIL command");
            }
            else if (server.refused.Contains(address))
            {
                await writer.WriteLineAsync($"550 5.1.1 <{address}>: Recipient address rejected: User unknown");
            }
            else
            {
                to.Add(address);
                await writer.WriteLineAsync("250 2.1.5 Ok");
            }
        }

        private async Task DataAsync()
        {
            if (from is null || to.Count == 0)
            {
                await writer.WriteLineAsync("554 5.5.1 No valid recipients");
                return;
            }

            await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
            var data = new StringBuilder();
            while (await reader.ReadLineAsync(stopping) is { } line && line != ".")
            {
                // A line the client began with a dot has had another dot put before it (RFC 5321 4.5.2).
                data.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
            }

            server.received.Enqueue(new ReceivedMail(from, [.. to], data.ToString()));
            from = null;
            to.Clear();
            await writer.WriteLineAsync("250 2.0.0 Ok: queued");
        }
    }
}
