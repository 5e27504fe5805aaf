using Bunit;
using KmIcs.Assurance.Testing.Html;
using KmIcs.Assurance.Web.Components.Shared.Nhs;
using Microsoft.AspNetCore.Components;

namespace KmIcs.Assurance.Web.Tests.Components;

/// <summary>
/// A component rendered once is given new parameters and renders again, as an interactive component does when its
/// parent changes what it passes: the pattern for testing interactive components with bUnit.
/// </summary>
public class TableParameterChangeTests : BunitContext
{
    [Fact]
    public void A_table_given_new_items_shows_them_under_the_same_columns_once_each()
    {
        var cut = Render<Table<Commitment>>(ps => ps
            .Add(p => p.Items, [new("Reduce waiting times", "On track")])
            .Add(p => p.Caption, "Commitments")
            .Add<Column<Commitment>>(p => p.ChildContent, column => Text(column, "Commitment", c => c.Title))
            .Add<Column<Commitment>>(p => p.ChildContent, column => Text(column, "Status", c => c.Status)));

        cut.Render(ps => ps
            .Add(p => p.Items, [new("Reduce waiting times", "At risk"), new("Expand community beds", "On track")])
            .Add(p => p.Caption, "Commitments this quarter"));

        Assert.Equal("Commitments this quarter", cut.Find("caption").TextContent.Trim());
        Assert.Equal(["Commitment", "Status"], cut.FindAll("thead th").Select(th => th.TextContent.Trim()));
        Assert.Equal(
            [("Reduce waiting times", "At risk"), ("Expand community beds", "On track")],
            cut.Find("table").Rows().Select(row => (row["Commitment"], row["Status"])));
    }

    private static void Text(ComponentParameterCollectionBuilder<Column<Commitment>> column, string header, Func<Commitment, string> text) => column
        .Add(p => p.Header, header)
        .Add(p => p.ChildContent, (RenderFragment<Commitment>)(item => cell => cell.AddContent(0, text(item))));

    private sealed record Commitment(string Title, string Status);
}
