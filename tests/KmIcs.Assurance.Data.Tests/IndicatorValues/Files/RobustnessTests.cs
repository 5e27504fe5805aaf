using System.Diagnostics;
using System.Text;
using KmIcs.Assurance.Data.IndicatorValues.Files;
using Xunit.Abstractions;
using static KmIcs.Assurance.Data.Tests.IndicatorValues.Files.ValueFiles;

namespace KmIcs.Assurance.Data.Tests.IndicatorValues.Files;

/// <summary>Hostile and broken input: the reader answers with a sentence, never an exception, and within its limits.</summary>
public sealed class RobustnessTests(ITestOutputHelper output)
{
    private const string Header = "Indicator ref,Period,Area code,Value,Lower CI,Upper CI,Count,Denominator,Provisional,Note,Source";

    [Fact]
    public void Truncating_a_real_file_anywhere_never_throws()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestData, "jargonautical_data-dev__indicators-CountyUA.data.csv"));
        var random = new Random(13);

        for (var attempt = 0; attempt < 200; attempt++)
        {
            var length = random.Next(0, bytes.Length);
            var result = ReadBytes(bytes[..length]);

            Assert.True((result.File is null) != (result.Error is null));
            if (result.File is { } file)
            {
                Assert.All(file.Records, r => Assert.Equal(15, r.Fields.Count));
            }
        }
    }

    [Fact]
    public void A_file_cut_mid_row_keeps_the_rows_before_and_pads_the_last()
    {
        var file = ReadValidText($"{Header}\r\nKM-1,2023/24,E10000016,5,4,6,10,200,,,\r\nKM-1,2024/25,E100");

        Assert.Equal(2, file.Records.Count);
        Assert.Equal("E100", file.Records[1][ValueField.AreaCode]);
        Assert.Equal("", file.Records[1][ValueField.Value]);
    }

    [Fact]
    public void Random_binary_junk_is_not_recognised()
    {
        var random = new Random(2024);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var bytes = new byte[random.Next(1, 20_000)];
            random.NextBytes(bytes);
            if (attempt % 2 == 1)
            {
                // Without NUL bytes the junk gets as far as the header search.
                bytes.AsSpan().Replace((byte)0, (byte)1);
            }

            var error = Error(ReadBytes(bytes));

            Assert.True(
                error.StartsWith(NotRecognised, StringComparison.Ordinal) || error.StartsWith("The file is empty", StringComparison.Ordinal),
                error);
        }
    }

    [Fact]
    public void Text_with_NUL_characters_is_not_recognised()
    {
        var bytes = Encoding.UTF8.GetBytes($"{Header}\nKM-1,2023/24,E1,5\0\0\0\n");

        Assert.StartsWith(NotRecognised, Error(ReadBytes(bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_thousand_columns_is_a_clear_error()
    {
        var extra = string.Concat(Enumerable.Range(1, 989).Select(i => $",Extra {i}"));

        Assert.Equal(
            "The file has 1,000 columns; the portal reads at most 200.",
            Error(ReadText($"{Header}{extra}\nKM-1,2023/24,E1,5\n")));
    }

    [Fact]
    public void A_row_with_a_thousand_cells_is_a_clear_error()
    {
        Assert.Equal(
            "Row 3 has 1,000 cells; the portal reads at most 200 columns.",
            Error(ReadText($"{Header}\nKM-1,2023/24,E1,5\nKM-1,2024/25,E1,6{new string(',', 996)}\n")));
    }

    [Fact]
    public void More_than_the_row_limit_is_a_clear_error()
    {
        var text = new StringBuilder("Indicator ref,Period,Area code,Value\n");
        for (var i = 0; i <= ValueFileReader.MaxRows; i++)
        {
            text.Append("KM-1,2023/24,E10000016,5\n");
        }

        Assert.Equal(
            "The file has more than 200,000 rows of values; the portal reads at most 200,000. Split it into smaller files.",
            Error(ReadText(text.ToString())));
    }

    [Fact]
    public void Fifty_megabytes_in_a_seekable_stream_is_refused_from_its_length_without_reading_it()
    {
        using var stream = new CountingStream(50L * 1024 * 1024, seekable: true);

        var error = Error(ValueFileReader.Read(stream, "big.csv"));

        Assert.Equal("The file is 50 MB; the portal reads files of at most 30 MB. Split it into smaller files.", error);
        Assert.Equal(0, stream.BytesRead);
    }

    [Fact]
    public void Fifty_megabytes_in_a_stream_of_unknown_length_is_refused_at_the_limit()
    {
        using var stream = new CountingStream(50L * 1024 * 1024, seekable: false);

        var error = Error(ValueFileReader.Read(stream, "big.csv"));

        Assert.Equal("The file is larger than 30 MB, the most the portal reads. Split it into smaller files.", error);
        Assert.InRange(stream.BytesRead, ValueFileReader.MaxBytes, ValueFileReader.MaxBytes + (1024 * 1024));
    }

    [Fact]
    public void A_cancelled_read_throws_OperationCanceledException()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($"{Header}\nKM-1,2023/24,E1,5\n"));

        Assert.ThrowsAny<OperationCanceledException>(() => ValueFileReader.Read(stream, "values.csv", new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Ten_thousand_rows_read_in_well_under_a_second_and_a_hundred_thousand_work()
    {
        var small = Generate(10_000);
        var large = Generate(100_000);
        ReadBytes(small);

        var watch = Stopwatch.StartNew();
        var smallFile = Valid(ReadBytes(small));
        var smallTime = watch.Elapsed;
        watch.Restart();
        var largeFile = Valid(ReadBytes(large));
        var largeTime = watch.Elapsed;

        output.WriteLine($"10,000 rows ({small.Length:N0} bytes): {smallTime.TotalMilliseconds:N0} ms; 100,000 rows ({large.Length:N0} bytes): {largeTime.TotalMilliseconds:N0} ms");
        Assert.Equal(10_000, smallFile.Records.Count);
        Assert.Equal(100_000, largeFile.Records.Count);
        Assert.Equal(100_001, largeFile.Records[^1].Row);
        // Measured at about 0.2 s in a Debug build; the margin is for a machine busy with other builds.
        Assert.True(smallTime < TimeSpan.FromSeconds(2), $"10,000 rows took {smallTime}");
    }

    private static byte[] Generate(int rows)
    {
        using var stream = new MemoryStream();
        ValueFileWriter.WriteCsv(stream, Enumerable.Range(0, rows).Select(i => (IReadOnlyList<string?>)
        [
            $"KM-{i % 40}", $"{2010 + (i % 15)}/{(11 + (i % 15)) % 100:00}", $"E0{6000000 + (i % 150)}", $"{i * 0.37:0.###}",
            $"{i * 0.3:0.#}", $"{i * 0.4:0.#}", $"{i}", $"{i * 10}", i % 2 == 0 ? "Yes" : "", i % 7 == 0 ? "Revised, see \"note\"" : "", "OHID",
        ]));
        return stream.ToArray();
    }

    /// <summary>A stream of commas of a given length that counts what was read from it.</summary>
    private sealed class CountingStream(long length, bool seekable) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => seekable;

        public override bool CanWrite => false;

        public override long Length => seekable ? length : throw new NotSupportedException();

        public override long Position
        {
            get => seekable ? BytesRead : throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = (int)Math.Min(count, length - BytesRead);
            buffer.AsSpan(offset, read).Fill((byte)',');
            BytesRead += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
