namespace KmIcs.Assurance.Reporting.Packs.Printing;

/// <summary>One document to print.</summary>
/// <param name="Title">The document title, repeated in every page header.</param>
/// <param name="Marking">The protective marking (for example OFFICIAL-SENSITIVE), in every page header and footer.</param>
/// <param name="RenderHtml">
/// Renders the self-contained HTML. It is called once with null (page numbers not yet known) and then with the page each
/// contents target starts on, keyed by <see cref="ContentsTarget.Id"/>, until the numbers it prints settle.
/// </param>
/// <param name="Contents">The top-level sections the contents page lists, in document order.</param>
public sealed record PrintRequest(
    string Title,
    string Marking,
    Func<IReadOnlyDictionary<string, int>?, CancellationToken, Task<string>> RenderHtml,
    IReadOnlyList<ContentsTarget> Contents);

/// <summary>A top-level section the contents page lists.</summary>
/// <param name="Id">The id of the section's h2, and the key of its page number.</param>
/// <param name="Heading">The h2's text, as it appears in the PDF's outline.</param>
public sealed record ContentsTarget(string Id, string Heading);

/// <summary>A printed PDF.</summary>
/// <param name="Bytes">The PDF file.</param>
/// <param name="Pages">How many pages it has.</param>
/// <param name="PageNumbers">The page each contents target starts on, keyed by <see cref="ContentsTarget.Id"/>.</param>
public sealed record PrintedPdf(byte[] Bytes, int Pages, IReadOnlyDictionary<string, int> PageNumbers);
