using KmIcs.Assurance.Reporting.Text;

namespace KmIcs.Assurance.Reporting.Tests.Text;

public class SourceReferenceTests
{
    [Theory]
    [InlineData("002 SDP v1.8 line 3029", "Shared Delivery Plan v1.8")]
    [InlineData("002 SDP v1.8 lines 4009-4021", "Shared Delivery Plan v1.8")]
    [InlineData("002 SDP v1.8 line 4225 (columns read from 000 SDP v1.6 line 814)", "Shared Delivery Plan v1.8")]
    [InlineData("000 SDP v1.6 p.12", "Shared Delivery Plan v1.6")]
    [InlineData("002 KPI dashboard (annual activity)", "KPI dashboard")]
    [InlineData("002 logframe (Notes column)", "Logframe")]
    [InlineData("003 HWB paper 6 Dec 2023 (refreshed strategy)", "Health and Wellbeing Board paper 6 Dec 2023")]
    [InlineData("Demo data", "Demo data")]
    public void A_citation_becomes_the_name_of_its_document_without_file_line_or_page_numbers(string citation, string expected) =>
        Assert.Equal(expected, SourceReference.Plain(citation));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("002")]
    public void A_citation_naming_no_document_gives_nothing(string? citation) =>
        Assert.Null(SourceReference.Plain(citation));
}
