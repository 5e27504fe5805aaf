using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using KmIcs.Assurance.Testing.Web;

namespace KmIcs.Assurance.Web.Tests.Hosting;

/// <summary>Pages and styles travel compressed to a browser that accepts it, and plain to one that does not.</summary>
public sealed class CompressionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_page_is_sent_compressed_and_reads_back_as_the_same_html(string encoding)
    {
        using var client = factory.CreateClient();
        var plain = await client.GetStringAsync(new Uri("/accessibility", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/accessibility");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        var unpacked = await ReadAsync(encoding, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.True(body.Length < plain.Length * 0.7, $"{encoding}: {body.Length} bytes against {plain.Length} plain");
        Assert.Contains("<h1>Accessibility statement", unpacked, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stylesheet_is_sent_compressed()
    {
        using var client = factory.CreateClient();
        var home = PortalClient.Parse(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        var stylesheet = home.QuerySelector("link[rel=stylesheet][href*='portal']")?.GetAttribute("href") ?? throw new InvalidOperationException("No stylesheet link.");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/" + stylesheet.TrimStart('/'));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
    }

    private static async Task<string> ReadAsync(string encoding, byte[] body)
    {
        using var input = new MemoryStream(body);
        await using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder);
        return await reader.ReadToEndAsync();
    }
}
