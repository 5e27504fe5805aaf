using KmIcs.Assurance.Reporting.Text;

namespace KmIcs.Assurance.Reporting.Tests.Text;

public class PluralTests
{
    [Theory]
    [InlineData(0, "0 commitments")]
    [InlineData(1, "1 commitment")]
    [InlineData(2, "2 commitments")]
    [InlineData(1204, "1,204 commitments")]
    public void A_count_agrees_with_its_regular_noun(int count, string expected) =>
        Assert.Equal(expected, Plural.Count(count, "commitment"));

    [Theory]
    [InlineData(1, "1 priority")]
    [InlineData(3, "3 priorities")]
    public void An_irregular_noun_uses_the_plural_it_names(int count, string expected) =>
        Assert.Equal(expected, Plural.Count(count, "priority", "priorities"));

    [Theory]
    [InlineData(1, "update is")]
    [InlineData(2, "updates are")]
    public void The_noun_alone_agrees_with_the_count(int count, string expected) =>
        Assert.Equal(expected, Plural.Noun(count, "update is", "updates are"));
}
